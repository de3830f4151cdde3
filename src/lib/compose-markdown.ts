import fs from 'node:fs';
import type { Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { fileImports, resolveContentImport } from './page-composition';

/** What {@link composeMarkdown} needs. */
export type ComposeOptions = {
  /** Absolute path of the site's root folder. */
  readonly siteDir: string;
  /** Absolute path of the page to compose. */
  readonly filePath: string;
  /** Rewrites link and image URLs (e.g. site routes to absolute URLs); identity by default. */
  readonly resolveUrl?: (url: string) => string;
};

/** A page composed into plain Markdown: its fragments inlined, its MDX removed. */
export type ComposedPage = {
  /** Front matter of the page. */
  readonly frontMatter: Record<string, unknown>;
  /** The page as CommonMark + GFM, with Docusaurus admonitions kept as `:::type` blocks. */
  readonly markdown: string;
};

type Props = Readonly<Record<string, string>>;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).use(remarkDirective);
const printer = unified().use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' }).use(remarkGfm).use(remarkDirective);

/** Deepest chain of fragments we follow; a cycle would otherwise never end. */
const maxDepth = 16;

/** A heading id written `{#id}` at the end of a heading (the `\{` escape is already parsed). */
const headingIdPattern = /\s*\{#[\w-]+\}\s*$/u;

/** The literal value of each JSX attribute given as a string (expressions are left out). */
function literalAttributes(node: JsxElement): Props {
  return Object.fromEntries(
    node.attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
        ? [[attribute.name, attribute.value] as const]
        : [],
    ),
  );
}

/** Evaluates the tiny subset of expressions fragments use: `props.x` and template literals of it. */
function evaluateExpression(expression: string, props: Props): string | undefined {
  const trimmed = expression.trim();
  if (trimmed.startsWith('/*') && trimmed.endsWith('*/')) {
    return '';
  }
  const prop = /^props\.(\w+)$/u.exec(trimmed);
  if (prop) {
    return props[prop[1]!] ?? '';
  }
  if (trimmed.startsWith('`') && trimmed.endsWith('`')) {
    return trimmed.slice(1, -1).replace(/\$\{\s*props\.(\w+)\s*\}/gu, (_, name: string) => props[name] ?? '');
  }
  return undefined;
}

/** Reads the default imports of a file's ESM: local name → resolved MDX file (MDX imports only). */
function mdxImports(tree: Root, siteDir: string, filePath: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const { specifier, defaultLocal } of fileImports(tree)) {
    const target = resolveContentImport({ siteDir, importer: filePath, specifier });
    if (target && defaultLocal && /\.mdx?$/u.test(target)) {
      imports.set(defaultLocal, target);
    }
  }
  return imports;
}

/** Plain text of a JSX element whose children are text and `props.x` expressions. */
function textOf(node: Nodes, props: Props): string {
  if (node.type === 'text' || node.type === 'inlineCode') {
    return node.value;
  }
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    return evaluateExpression(node.value, props) ?? '';
  }
  return 'children' in node ? node.children.map((child) => textOf(child, props)).join('') : '';
}

type Context = { readonly siteDir: string; readonly depth: number; readonly props: Props; readonly imports: Map<string, string> };

/** Turns one JSX element into Markdown nodes: fragments are inlined, known tags mapped, others unwrapped. */
function transformElement(node: JsxElement, context: Context): RootContent[] {
  const { props } = context;
  const fragment = node.name ? context.imports.get(node.name) : undefined;
  if (fragment) {
    return composeTree(fragment, context.siteDir, literalAttributes(node), context.depth + 1).children;
  }
  switch (node.name) {
    case 'strong':
    case 'b':
      return [{ type: 'strong', children: [{ type: 'text', value: textOf(node, props) }] }];
    case 'em':
    case 'i':
      return [{ type: 'emphasis', children: [{ type: 'text', value: textOf(node, props) }] }];
    case 'code':
      return [{ type: 'inlineCode', value: textOf(node, props) }];
    case 'CodeBlock': {
      const language = literalAttributes(node).language ?? null;
      return [{ type: 'code', lang: language, value: textOf(node, props) }];
    }
    case 'TabItem': {
      const label = literalAttributes(node).label;
      const body = transformChildren(node.children, context);
      return label ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] }, ...body] : body;
    }
    default:
      // Layout components (Tabs, Admonition wrappers, site widgets): keep what they contain.
      return transformChildren(node.children, context);
  }
}

/** Transforms a list of children, flattening what each child turns into. */
function transformChildren(children: readonly Nodes[], context: Context): RootContent[] {
  return children.flatMap((child) => transformNode(child, context));
}

function transformNode(node: Nodes, context: Context): RootContent[] {
  switch (node.type) {
    case 'root':
      return transformChildren(node.children, context);
    case 'mdxjsEsm':
    case 'yaml':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const value = evaluateExpression(node.value, context.props);
      return value ? [{ type: 'text', value }] : [];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return transformElement(node, context);
    case 'heading': {
      const heading: Heading = { ...node, children: transformChildren(node.children, context) as Heading['children'] };
      const last = heading.children.at(-1);
      if (last?.type === 'text') {
        last.value = last.value.replace(headingIdPattern, '');
      }
      return [heading];
    }
    default:
      if ('children' in node) {
        return [{ ...node, children: transformChildren((node as Parent).children as Nodes[], context) } as RootContent];
      }
      return [node as RootContent];
  }
}

/** Parses a file and returns it composed: fragments inlined with their props, MDX removed. */
function composeTree(filePath: string, siteDir: string, props: Props, depth: number): Root {
  if (depth > maxDepth) {
    throw new Error(`${filePath}: fragments nest more than ${maxDepth} levels deep (an import cycle?)`);
  }
  const tree = parser.parse(fs.readFileSync(filePath, 'utf8'));
  const context: Context = { siteDir, depth, props, imports: mdxImports(tree, siteDir, filePath) };
  return { type: 'root', children: transformChildren(tree.children, context) };
}

/** Applies `resolveUrl` to every link and image of a tree. */
function rewriteUrls(node: Nodes, resolveUrl: (url: string) => string): void {
  if (node.type === 'link' || node.type === 'image') {
    node.url = resolveUrl(node.url);
  }
  if ('children' in node) {
    for (const child of node.children) {
      rewriteUrls(child, resolveUrl);
    }
  }
}

/**
 * Composes a page into the Markdown a reader sees: each imported MDX fragment or partial is inlined
 * (resolved per locale exactly as the site does), `props.x` replaced by the caller's attribute,
 * package-manager tabs flattened, heading ids and imports removed.
 */
export function composeMarkdown(options: ComposeOptions): ComposedPage {
  const { siteDir, filePath } = options;
  const source = fs.readFileSync(filePath, 'utf8');
  const frontMatterNode = parser.parse(source).children.find((node) => node.type === 'yaml');
  const parsed: unknown = frontMatterNode ? parseYaml(frontMatterNode.value) : {};
  const frontMatter = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const tree = composeTree(filePath, siteDir, {}, 0);
  if (options.resolveUrl) {
    rewriteUrls(tree, options.resolveUrl);
  }
  return { frontMatter, markdown: printer.stringify(tree) };
}
