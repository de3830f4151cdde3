import type { Position } from 'unist';
import type { ContentFile } from '../lib/site-files';

/** A heading as the checker sees it. */
export type HeadingFact = {
  /** 1 to 6. */
  readonly depth: number;
  /** The heading's text without its `{#id}` suffix. */
  readonly text: string;
  /** The id written as `{#id}` (escaped `\{#id}` in MDX), if any, exactly as written. */
  readonly explicitId: string | undefined;
  /** The id Docusaurus renders: the explicit one, else the github-slugger slug of the text. */
  readonly id: string;
  /** The whole heading. */
  readonly position: Position;
  /** Where the explicit id is written, including its backslash. */
  readonly idPosition: Position | undefined;
  /** Offset just after the heading's content (before closing `#`s): where `--fix` inserts an id. */
  readonly contentEnd: number;
};

/** One `import` statement. */
export type ImportFact = {
  /** The source as written: `@fragments/next/_installation.mdx`. */
  readonly specifier: string;
  /** Local names it binds. */
  readonly locals: readonly string[];
  readonly position: Position;
};

/** One JSX element with a name (fragments `<>` are skipped). */
export type JsxFact = {
  /** As written: `Tabs`, `Tabs.Item`, `a`. */
  readonly name: string;
  /** Names of its attributes. */
  readonly attributes: readonly string[];
  /** True when it spreads attributes (`{...props}`), so any prop may be passed. */
  readonly hasSpread: boolean;
  /** From `<` to the end of the name: where call-site messages point. */
  readonly position: Position;
  /** Offset of the element, to order it among headings. */
  readonly offset: number;
};

/** Where a link comes from. */
export type LinkKind = 'markdown' | 'definition' | 'image' | 'jsx';

/** One link or image destination. */
export type LinkFact = {
  readonly url: string;
  readonly kind: LinkKind;
  /** For `jsx` links, the element (`Link`, `a`). */
  readonly element: string | undefined;
  readonly position: Position;
};

/** An explicit anchor other than a heading (`<a id="…">`). */
export type AnchorFact = {
  readonly id: string;
  readonly position: Position;
  readonly offset: number;
};

/** A read of `props.X` in a fragment. */
export type PropReadFact = {
  readonly name: string;
  /** True when the read tolerates absence (`props.X ?? …`, `props?.X`, `props.X &&`, `typeof`). */
  readonly optional: boolean;
  readonly position: Position;
};

/** A fenced code block. */
export type FenceFact = {
  readonly lang: string | undefined;
  readonly meta: string | undefined;
  readonly value: string;
  readonly position: Position;
};

/** Front matter parsed from YAML. */
export type FrontMatterFact = {
  /** The mapping (empty when the YAML is not a mapping or does not parse). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly position: Position;
  /** Where each top-level and nested key's value is, keyed by dotted path (`sidebar_custom_props.logoFilename`). */
  readonly valuePositions: ReadonlyMap<string, Position>;
};

/** A translation's `i18n-source` marker (`src/i18n-status`): the English hash it was translated from. */
export type SourceMarkerFact = {
  /** The hash it names (`sha256-…`); `undefined` when the marker line is malformed. */
  readonly hash: string | undefined;
  /** The marker line. */
  readonly position: Position;
};

/** Everything the cross-file pass needs to know about one file: collected once, when it is parsed. */
export type FileFacts = {
  /** Where the file sits in the site. */
  readonly content: ContentFile;
  /** True when MDX parsing failed and these facts come from a plain Markdown parse of the same text. */
  readonly degraded: boolean;
  readonly frontMatter: FrontMatterFact | undefined;
  readonly headings: readonly HeadingFact[];
  readonly imports: readonly ImportFact[];
  readonly jsx: readonly JsxFact[];
  readonly links: readonly LinkFact[];
  readonly anchors: readonly AnchorFact[];
  readonly propsRead: readonly PropReadFact[];
  readonly fences: readonly FenceFact[];
  /** Names referenced anywhere in JavaScript (expressions, attributes, exports) or as JSX element roots. */
  readonly references: ReadonlySet<string>;
  /** Names the file declares itself (`export const X = …`, `export function X`). */
  readonly declarations: ReadonlySet<string>;
  /** English files only: the hash a current translation's marker names (`contentHash` of the text). */
  readonly sourceHash: string | undefined;
  /** Translations only: the `i18n-source` marker ending the file, if there is one. */
  readonly sourceMarker: SourceMarkerFact | undefined;
};

declare module 'vfile' {
  interface DataMap {
    /** Facts the docs checker collected when it parsed this file. */
    docsFacts: FileFacts;
  }
}
