import path from 'node:path';
import type { Program } from 'estree';
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, Yaml } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import { contentHash, findMarker } from '../i18n-status/marker';
import { defaultLocale } from '../lib/locales';
import { programImports } from '../lib/page-composition';
import { describeContentFile, type ContentFile } from '../lib/site-files';
import { emptyEstreeFacts, positionFromLoc, walkEstree, type EstreeFacts } from './estree';
import type {
  AnchorFact,
  FenceFact,
  FileFacts,
  FrontMatterFact,
  HeadingFact,
  ImportFact,
  JsxFact,
  LinkFact,
  SourceMarkerFact,
} from './facts';
import { reportParseError } from './rules/parse';

/** A heading id as written at the end of a heading: `{#id}` (the MDX escape is gone from the text). */
const headingIdPattern = /\s*\{#([^{}]*)\}\s*$/;

/** The site-relative description of a vfile, or `undefined` when it is not content of this site. */
export function contentOf(file: VFile, siteDir: string): ContentFile | undefined {
  if (!file.path) {
    return undefined;
  }
  const relative = path.relative(siteDir, path.resolve(file.cwd, file.path));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return undefined;
  }
  return describeContentFile(siteDir, relative);
}

/** Converts a range inside the YAML text to a position in the file (a point when it is empty). */
function yamlPosition(yaml: Yaml, range: readonly [number, number]): Position | Point | undefined {
  const start = yaml.position?.start;
  if (!start || start.offset === undefined) {
    return undefined;
  }
  // The YAML text starts on the line after the opening `---`.
  const point = (offset: number) => {
    const before = yaml.value.slice(0, offset);
    const lines = before.split('\n');
    const line = start.line + lines.length;
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return { line, column };
  };
  const [from, to] = range.map((offset) => Math.min(offset, yaml.value.length)) as [number, number];
  return to > from ? { start: point(from), end: point(to) } : point(from);
}

/** Parses front matter; YAML errors are reported as `docs:parse` and give empty data. */
function frontMatterOf(yaml: Yaml, file: VFile): FrontMatterFact | undefined {
  const position = yaml.position;
  if (!position) {
    return undefined;
  }
  const document = parseDocument(yaml.value, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    reportParseError(file, {
      reason: `Cannot parse front matter: ${error.message}`,
      place: yamlPosition(yaml, error.pos) ?? position,
      hint: 'fix the YAML between the `---` lines',
    });
    return { data: {}, position, valuePositions: new Map() };
  }
  const valuePositions = new Map<string, Position>();
  const record = (node: unknown, prefix: string): void => {
    if (!isMap(node)) {
      return;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = isNode(pair.value) ? pair.value : undefined;
      if (key === undefined || !value?.range) {
        continue;
      }
      const place = yamlPosition(yaml, [value.range[0], value.range[1]]);
      if (place && 'start' in place) {
        valuePositions.set(prefix + key, place);
      }
      record(value, `${prefix}${key}.`);
    }
  };
  record(document.contents, '');
  const data: unknown = document.toJS();
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  return { data: isRecord ? (data as Record<string, unknown>) : {}, position, valuePositions };
}

/** Reads a heading: its text, its explicit id and where that id is written. */
function headingOf(heading: Heading, file: VFile, slugger: GithubSlugger): HeadingFact | undefined {
  const position = heading.position;
  const last = heading.children.at(-1);
  const contentEnd = last?.position?.end.offset ?? position?.end.offset;
  if (!position || contentEnd === undefined) {
    return undefined;
  }
  let text = toString(heading, { includeImageAlt: false });
  let explicitId: string | undefined;
  let idPosition: Position | undefined;
  const match = last?.type === 'text' ? headingIdPattern.exec(last.value) : null;
  if (match && last?.position) {
    explicitId = match[1];
    text = text.slice(0, text.length - match[0].length);
    // Point at `{#id}` in the source, including the MDX escape: search back from the content end.
    const source = String(file.value);
    const braceOffset = source.lastIndexOf('{#', contentEnd);
    const start = source[braceOffset - 1] === '\\' ? braceOffset - 1 : braceOffset;
    const end = last.position.end;
    idPosition = {
      start: { line: end.line, column: end.column - (contentEnd - start), offset: start },
      end,
    };
  }
  text = text.trim();
  const id = explicitId ?? slugger.slug(text);
  return { depth: heading.depth, text, explicitId, id, position, idPosition, contentEnd };
}

/** A position from `<` to the end of an element's name. */
function openingPosition(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): Position | undefined {
  const start = node.position?.start;
  if (!start) {
    return undefined;
  }
  return {
    start,
    end: { line: start.line, column: start.column + 1 + name.length, offset: (start.offset ?? 0) + 1 + name.length },
  };
}

/** Mutable accumulators, one per file. */
type Collector = {
  frontMatter: FrontMatterFact | undefined;
  headings: HeadingFact[];
  imports: ImportFact[];
  jsx: JsxFact[];
  links: LinkFact[];
  anchors: AnchorFact[];
  fences: FenceFact[];
  estree: EstreeFacts;
};

/** Link-like attributes of JSX elements: `<Link to>`, `<Link href>`, `<a href>`. */
const linkAttributes: Readonly<Record<string, readonly string[]>> = { Link: ['to', 'href'], a: ['href'] };

function collectJsx(node: MdxJsxFlowElement | MdxJsxTextElement, state: Collector): void {
  const name = node.name;
  const attributes: string[] = [];
  let hasSpread = false;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      hasSpread = true;
      if (attribute.data?.estree) {
        walkEstree(attribute.data.estree, state.estree);
      }
      continue;
    }
    attributes.push(attribute.name);
    const value = attribute.value;
    if (typeof value === 'object' && value?.data?.estree) {
      walkEstree(value.data.estree, state.estree);
    }
    if (typeof value === 'string' && attribute.position && name) {
      if (linkAttributes[name]?.includes(attribute.name)) {
        state.links.push({ url: value, kind: 'jsx', element: name, position: attribute.position });
      }
      if (name === 'a' && attribute.name === 'id' && node.position?.start.offset !== undefined) {
        state.anchors.push({ id: value, position: attribute.position, offset: node.position.start.offset });
      }
    }
  }
  if (!name) {
    return;
  }
  state.estree.references.add(name.split('.')[0]!);
  const position = openingPosition(node, name);
  if (position && node.position?.start.offset !== undefined) {
    state.jsx.push({ name, attributes, hasSpread, position, offset: node.position.start.offset });
  }
}

function collectImports(program: Program, state: Collector): void {
  for (const { specifier, locals, declaration } of programImports(program)) {
    const position = positionFromLoc(declaration.loc, declaration.range?.[0], declaration.range?.[1]);
    if (position) {
      state.imports.push({ specifier, locals, position });
    }
  }
}

/** The position of the text between two offsets on one line. */
function linePosition(text: string, start: number, end: number): Position {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < start; index = text.indexOf('\n', index + 1)) {
    line++;
  }
  const column = start - (text.lastIndexOf('\n', start - 1) + 1) + 1;
  return {
    start: { line, column, offset: start },
    end: { line, column: column + end - start, offset: end },
  };
}

/**
 * What translation tracking needs (`src/i18n-status`, whose functions it calls): an English file's
 * content hash, a translation's marker. Read from the text parsed here, so no file is read again.
 */
function translationTrackingOf(
  file: VFile,
  content: ContentFile,
): { sourceHash: string | undefined; sourceMarker: SourceMarkerFact | undefined } {
  const text = String(file.value);
  if (content.locale === defaultLocale) {
    return { sourceHash: contentHash(text), sourceMarker: undefined };
  }
  const marker = findMarker(text);
  return {
    sourceHash: undefined,
    sourceMarker: marker && { hash: marker.hash, position: linePosition(text, marker.start, marker.end) },
  };
}

/** What {@link collectFacts} knows about the file besides its tree. */
export type CollectOptions = {
  /** Where the file sits in the site. */
  readonly content: ContentFile;
  /** True for a Markdown re-parse of an MDX file that failed to parse. */
  readonly degraded: boolean;
};

/** Walks a parsed file once and returns its facts. YAML errors are reported on the file as `docs:parse`. */
export function collectFacts(tree: Root, file: VFile, options: CollectOptions): FileFacts {
  const { content, degraded } = options;
  const slugger = new GithubSlugger();
  const state: Collector = {
    frontMatter: undefined,
    headings: [],
    imports: [],
    jsx: [],
    links: [],
    anchors: [],
    fences: [],
    estree: emptyEstreeFacts(),
  };
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'yaml':
        state.frontMatter ??= frontMatterOf(node, file);
        return;
      case 'heading': {
        const heading = headingOf(node, file, slugger);
        if (heading) {
          state.headings.push(heading);
        }
        return;
      }
      case 'mdxjsEsm':
        if (node.data?.estree) {
          collectImports(node.data.estree, state);
          walkEstree(node.data.estree, state.estree);
        }
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (node.data?.estree) {
          walkEstree(node.data.estree, state.estree);
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        collectJsx(node, state);
        return;
      case 'link':
      case 'definition':
      case 'image':
        if (node.position) {
          const kind = node.type === 'link' ? 'markdown' : node.type;
          state.links.push({ url: node.url, kind, element: undefined, position: node.position });
        }
        return;
      case 'code':
        if (node.position) {
          state.fences.push({
            lang: node.lang ?? undefined,
            meta: node.meta ?? undefined,
            value: node.value,
            position: node.position,
          });
        }
        return;
      default:
        return;
    }
  });
  return {
    content,
    degraded,
    frontMatter: state.frontMatter,
    headings: state.headings,
    imports: state.imports,
    jsx: state.jsx,
    links: state.links,
    anchors: state.anchors,
    propsRead: state.estree.propsRead,
    fences: state.fences,
    references: state.estree.references,
    declarations: state.estree.declarations,
    ...translationTrackingOf(file, content),
  };
}
