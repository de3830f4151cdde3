/** The attributes of a code fence's meta string: `title="app/page.tsx" nocheck="why"` → two entries. */
export type FenceMeta = ReadonlyMap<string, string | true>;

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * Parses a code fence's meta string the way Docusaurus reads it: `key="quoted value"`,
 * `key='quoted value'`, `key=bare`, bare flags (`showLineNumbers`, `nocheck`) and line-highlight
 * ranges (`{1,3-5}`, skipped). A backslash escapes the quote inside a quoted value. The first
 * occurrence of a key wins, as in Docusaurus' own `title=` lookup.
 */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const attributes = new Map<string, string | true>();
  const text = meta ?? '';
  let index = 0;
  const set = (key: string, value: string | true): void => {
    if (!attributes.has(key)) {
      attributes.set(key, value);
    }
  };
  while (index < text.length) {
    if (isSpace(text[index])) {
      index += 1;
      continue;
    }
    if (text[index] === '{') {
      const close = text.indexOf('}', index);
      index = close === -1 ? text.length : close + 1;
      continue;
    }
    const keyStart = index;
    while (index < text.length && !isSpace(text[index]) && text[index] !== '=') {
      index += 1;
    }
    const key = text.slice(keyStart, index);
    if (text[index] !== '=') {
      set(key, true);
      continue;
    }
    index += 1;
    const quote = text[index];
    if (quote === '"' || quote === "'") {
      index += 1;
      let value = '';
      while (index < text.length && text[index] !== quote) {
        if (text[index] === '\\' && text[index + 1] === quote) {
          index += 1;
        }
        value += text[index];
        index += 1;
      }
      index += 1;
      set(key, value);
      continue;
    }
    const valueStart = index;
    while (index < text.length && !isSpace(text[index])) {
      index += 1;
    }
    set(key, text.slice(valueStart, index));
  }
  return attributes;
}

/** What the code check reads from a fence's meta. */
export type FenceAttributes = {
  /** `title="…"` as written; `undefined` when absent, written bare or blank. */
  readonly title: string | undefined;
  /** `nocheck="reason"`: the reason; `true` when written bare or blank (which does not opt out); `undefined` when absent. */
  readonly nocheck: string | true | undefined;
};

/**
 * The title and the `nocheck` opt-out of a fence's meta, as the code check reads them. The docs
 * checker's `docs:code-title` reads them here too, so both agree on what a title and an opt-out are.
 */
export function fenceAttributes(meta: string | null | undefined): FenceAttributes {
  const attributes = parseFenceMeta(meta);
  const title = attributes.get('title');
  const nocheck = attributes.get('nocheck');
  return {
    title: typeof title === 'string' && title.trim() !== '' ? title : undefined,
    nocheck: typeof nocheck === 'string' && nocheck.trim() === '' ? true : nocheck,
  };
}

/** Whether a fence's `nocheck` opts it out of the code check: only with a reason (a bare one is reported instead). */
export const optsOut = (nocheck: string | true | undefined): nocheck is string => typeof nocheck === 'string';
