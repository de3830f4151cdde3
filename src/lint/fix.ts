import fs from 'node:fs';
import { defaultLocale } from '../lib/locales';
import type { FileFacts } from './facts';
import { asciiSlug, kebabCaseId, writtenId } from './heading-slug';
import { idHeadings } from './rules/heading-id';
import type { Site } from './site';

/** One insertion into a file's text. */
type Edit = { readonly offset: number; readonly text: string };

/** The heading ids `--fix` adds to one file. */
export type FileFix = {
  /** Path relative to the site. */
  readonly relative: string;
  /** The ids added, in document order. */
  readonly ids: readonly string[];
  /** The file's new text. */
  readonly value: string;
};

/** What `--fix` would do: the files it changes, and what it leaves alone and why. */
export type FixPlan = {
  readonly fixes: readonly FileFix[];
  /** One line per thing left alone: `file:line: reason`. */
  readonly leftAlone: readonly string[];
};

/** Applies insertions to a text, last first so earlier offsets stay valid. */
function applyEdits(value: string, edits: readonly Edit[]): string {
  let result = value;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset);
  }
  return result;
}

/** Ids for an English file's level-2+ headings: explicit ones kept, missing ones derived (unique in the file). */
function englishIds(relative: string, facts: FileFacts, leftAlone: string[]): (string | undefined)[] {
  const headings = idHeadings(facts);
  const taken = new Set(headings.flatMap((heading) => heading.explicitId ?? []));
  return headings.map((heading) => {
    if (heading.explicitId !== undefined) {
      if (!kebabCaseId.test(heading.explicitId)) {
        leftAlone.push(`${relative}:${heading.position.start.line}: id \`#${heading.explicitId}\` is not kebab-case; rename it and its links by hand`);
      }
      return heading.explicitId;
    }
    const base = asciiSlug(heading.text);
    if (base === '') {
      leftAlone.push(`${relative}:${heading.position.start.line}: heading \`${heading.text}\` has no ASCII text to derive an id from; add one by hand`);
      return undefined;
    }
    let id = base;
    for (let suffix = 1; taken.has(id); suffix++) {
      id = `${base}-${suffix}`;
    }
    taken.add(id);
    return id;
  });
}

/**
 * Plans `--fix` from the facts of a finished run: English files (docs and fragments) get ids derived
 * from their heading text; a translation gets the English ids only where its level-2+ headings align
 * one-to-one with its source (same count and levels, no conflicting id). It only inserts `{#id}` at
 * the end of heading lines, so code fences and everything else stay untouched.
 */
export function planFixes(site: Site): FixPlan {
  const fixes: FileFix[] = [];
  const leftAlone: string[] = [];
  const derived = new Map<string, (string | undefined)[]>();
  const entries = [...site.entries.values()].sort((a, b) => (a.content.relative < b.content.relative ? -1 : 1));
  for (const entry of entries) {
    if (entry.content.locale === defaultLocale && entry.facts && !entry.facts.degraded) {
      derived.set(entry.content.relative, englishIds(entry.content.relative, entry.facts, leftAlone));
    }
  }
  for (const { content, facts, file } of entries) {
    if (!facts) {
      continue;
    }
    const headings = idHeadings(facts);
    if (facts.degraded) {
      if (headings.some((heading) => heading.explicitId === undefined)) {
        leftAlone.push(`${content.relative}: cannot be parsed; fix its syntax first`);
      }
      continue;
    }
    const targetIds = derived.get(content.sourceRelative);
    if (targetIds === undefined) {
      continue;
    }
    const needsIds = headings.some((heading) => heading.explicitId === undefined);
    if (!needsIds) {
      continue;
    }
    if (content.locale !== defaultLocale) {
      const aligned =
        targetIds.length === headings.length &&
        idHeadings(site.facts(content.sourceRelative)!).every((english, index) => english.depth === headings[index]!.depth);
      const conflict = headings.findIndex((heading, index) => heading.explicitId !== undefined && heading.explicitId !== targetIds[index]);
      if (!aligned || conflict !== -1) {
        const why = !aligned
          ? `its ${headings.length} level-2+ headings do not align one-to-one with the ${targetIds.length} of ${content.sourceRelative}`
          : `heading ${conflict + 1} has \`#${headings[conflict]!.explicitId}\` where ${content.sourceRelative} has \`#${targetIds[conflict]}\``;
        leftAlone.push(`${content.relative}: ${why}; add its ids by hand`);
        continue;
      }
    }
    const edits: Edit[] = [];
    const ids: string[] = [];
    headings.forEach((heading, index) => {
      const id = targetIds[index];
      if (heading.explicitId !== undefined) {
        return;
      }
      if (id === undefined) {
        if (content.locale !== defaultLocale) {
          leftAlone.push(`${content.relative}:${heading.position.start.line}: its English heading has no id yet; add both by hand`);
        }
        return;
      }
      edits.push({ offset: heading.contentEnd, text: ` ${writtenId(id, content.relative)}` });
      ids.push(id);
    });
    if (edits.length > 0) {
      fixes.push({ relative: content.relative, ids, value: applyEdits(String(file.value), edits) });
    }
  }
  return { fixes, leftAlone };
}

/** Writes planned fixes to disk. */
export function writeFixes(site: Site, plan: FixPlan): void {
  for (const fix of plan.fixes) {
    fs.writeFileSync(site.absoluteOf(fix.relative), fix.value);
  }
}
