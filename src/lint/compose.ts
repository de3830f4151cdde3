import type { Position } from 'unist';
import type { JsxFact } from './facts';
import { importedContent } from './resolve-import';
import type { Site } from './site';

/** One id of a composed page: a heading (level 2+) or an `<a id>` anchor. */
export type ComposedId = {
  readonly id: string;
  readonly kind: 'heading' | 'anchor';
  /** The file that writes it. */
  readonly relative: string;
  readonly position: Position;
  /** The element of the composing file that brings it in; `undefined` when the file writes it itself. */
  readonly via: JsxFact | undefined;
};

/** An element that renders a file which is already being composed. */
export type ImportCycle = {
  /** The file holding the element. */
  readonly relative: string;
  readonly element: JsxFact;
  /** The file it would render again. */
  readonly target: string;
};

/** A file with every fragment and partial it renders, transitively. */
export type Composition = {
  /** Ids in document order. */
  readonly ids: readonly ComposedId[];
  /** Every file rendered: the file itself, then the files its elements render. */
  readonly files: ReadonlySet<string>;
  readonly cycles: readonly ImportCycle[];
};

const empty = (relative: string): Composition => ({ ids: [], files: new Set([relative]), cycles: [] });

/**
 * Composes a file as its page renders it: its own headings and anchors, with every rendered MDX
 * import (`<Installation />`) expanded in place, resolved per importer exactly as the site resolves
 * it (a Korean file gets Korean fragments where they exist). Memoized per file.
 */
export function compose(site: Site, relative: string): Composition {
  return composeWithin(site, relative, [relative]);
}

function composeWithin(site: Site, relative: string, stack: readonly string[]): Composition {
  return site.memo('compose', relative, () => {
    const facts = site.facts(relative);
    if (!facts) {
      return empty(relative);
    }
    const localToSpecifier = new Map<string, string>();
    for (const declaration of facts.imports) {
      for (const local of declaration.locals) {
        localToSpecifier.set(local, declaration.specifier);
      }
    }
    const pieces: { offset: number; ids: ComposedId[] }[] = [];
    for (const heading of facts.headings) {
      if (heading.depth >= 2) {
        const id: ComposedId = { id: heading.id, kind: 'heading', relative, position: heading.position, via: undefined };
        pieces.push({ offset: heading.position.start.offset ?? 0, ids: [id] });
      }
    }
    for (const anchor of facts.anchors) {
      pieces.push({
        offset: anchor.offset,
        ids: [{ id: anchor.id, kind: 'anchor', relative, position: anchor.position, via: undefined }],
      });
    }
    const files = new Set([relative]);
    const cycles: ImportCycle[] = [];
    for (const element of facts.jsx) {
      const specifier = localToSpecifier.get(element.name.split('.')[0]!);
      const target = specifier === undefined ? undefined : importedContent(site, facts.content, specifier);
      if (target === undefined) {
        continue;
      }
      if (stack.includes(target)) {
        cycles.push({ relative, element, target });
        continue;
      }
      const child = composeWithin(site, target, [...stack, target]);
      pieces.push({ offset: element.offset, ids: child.ids.map((id) => ({ ...id, via: element })) });
      for (const file of child.files) {
        files.add(file);
      }
      cycles.push(...child.cycles);
    }
    pieces.sort((a, b) => a.offset - b.offset);
    return { ids: pieces.flatMap((piece) => piece.ids), files, cycles };
  });
}

/** The rendered pages (any locale) whose composition includes `relative`, memoized for the site. */
export function pagesRendering(site: Site, relative: string): readonly string[] {
  const index = site.memo('pages-rendering', '', () => {
    const byFile = new Map<string, string[]>();
    for (const page of site.renderedPages()) {
      for (const file of compose(site, page).files) {
        const pages = byFile.get(file) ?? [];
        pages.push(page);
        byFile.set(file, pages);
      }
    }
    return byFile;
  });
  return index.get(relative) ?? [];
}
