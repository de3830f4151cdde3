/**
 * Comment syntax per code-fence language, for comparing a translated fence with its English source.
 * Deliberately simple: a line comment starts at its marker when the marker opens the line or follows
 * whitespace (so `https://` and `a#b` survive); block comments are removed wherever they are. A
 * language not listed is compared exactly.
 */
const slashes = { line: '//', block: true } as const;
const hash = { line: '#', block: false } as const;
const styles: Readonly<Record<string, { readonly line: string; readonly block: boolean }>> = {
  js: slashes,
  jsx: slashes,
  javascript: slashes,
  ts: slashes,
  tsx: slashes,
  typescript: slashes,
  mjs: slashes,
  cjs: slashes,
  mts: slashes,
  cts: slashes,
  json5: slashes,
  jsonc: slashes,
  java: slashes,
  kotlin: slashes,
  kt: slashes,
  swift: slashes,
  go: slashes,
  c: slashes,
  cpp: slashes,
  csharp: slashes,
  cs: slashes,
  dart: slashes,
  php: slashes,
  rust: slashes,
  rs: slashes,
  scss: slashes,
  css: { line: '', block: true },
  bash: hash,
  sh: hash,
  shell: hash,
  zsh: hash,
  console: hash,
  python: hash,
  py: hash,
  ruby: hash,
  rb: hash,
  yaml: hash,
  yml: hash,
  toml: hash,
  ini: hash,
  dotenv: hash,
  env: hash,
  dockerfile: hash,
  makefile: hash,
};

/** A line comment marker after whitespace, by marker (compiled once, not once per line). */
const markerPatterns = new Map<string, RegExp>();
const markerPattern = (marker: string): RegExp => {
  let pattern = markerPatterns.get(marker);
  if (!pattern) {
    pattern = new RegExp(`\\s${marker.replace(/[/#]/g, '\\$&')}`);
    markerPatterns.set(marker, pattern);
  }
  return pattern;
};

/** The code of a fence with comments removed, trailing spaces trimmed and blank lines dropped. */
export function codeWithoutComments(value: string, lang: string | undefined): string {
  const style = lang === undefined ? undefined : styles[lang.toLowerCase()];
  let text = value;
  if (style?.block) {
    text = text.replace(/\/\*[\s\S]*?\*\//g, '');
  }
  const marker = style?.line;
  const afterSpace = marker ? markerPattern(marker) : undefined;
  return text
    .split('\n')
    .map((line) => {
      if (!marker || !afterSpace) {
        return line;
      }
      const index = line.startsWith(marker) ? 0 : line.search(afterSpace);
      return index === -1 ? line : line.slice(0, index);
    })
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}
