/** The file Netlify and Cloudflare Pages read their response headers from, at the root of the published folder. */
export const headersFileName = '_headers';

/** The path pattern of the rule that applies to every response. */
export const everyPath = '/*';

/** Cloudflare Pages ignores longer lines of `_headers` (Netlify has no stated limit). */
export const maxLineLength = 2000;

/** One rule of a `_headers` file: a path pattern and the headers of the responses it matches. */
export type HeaderRule = {
  readonly pattern: string;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
};

/**
 * Parses a `_headers` file: a rule is a path pattern on an unindented line followed by indented
 * `Name: value` lines; `#` starts a comment line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      return;
    }
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (colon <= 0 || !rule) {
      throw new Error(`${headersFileName}:${index + 1}: expected an indented \`Name: value\` line under a path pattern, found \`${trimmed}\``);
    }
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Writes rules in the `_headers` format, after a comment saying where the file comes from. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const blocks = rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  const text = `${comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n')}\n\n${blocks.join('\n\n')}\n`;
  const tooLong = text.split('\n').find((line) => line.length > maxLineLength);
  if (tooLong) {
    throw new Error(
      `A ${headersFileName} line is ${tooLong.length} characters long, over Cloudflare Pages' limit of ${maxLineLength}: \`${tooLong.slice(0, 60)}…\``,
    );
  }
  return text;
}

/** The headers of the rule for `pattern`, as name → value (later lines win, as the names are case-insensitive). */
export function headersOfRule(rules: readonly HeaderRule[], pattern: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of rules.filter((rule) => rule.pattern === pattern).flatMap((rule) => rule.headers)) {
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Sets headers in the rule for `pattern`, replacing same-named ones (names compare
 * case-insensitively) and keeping every other header and rule; a missing rule comes first.
 */
export function withHeaders(rules: readonly HeaderRule[], pattern: string, headers: HeaderRule['headers']): HeaderRule[] {
  const names = new Set(headers.map(([name]) => name.toLowerCase()));
  const merge = (rule: HeaderRule): HeaderRule => ({
    pattern,
    headers: [...rule.headers.filter(([name]) => !names.has(name.toLowerCase())), ...headers],
  });
  const index = rules.findIndex((rule) => rule.pattern === pattern);
  return index === -1
    ? [{ pattern, headers: [...headers] }, ...rules]
    : rules.map((rule, at) => (at === index ? merge(rule) : rule));
}
