/**
 * Options of Pagefind's browser API, shared by the navbar search and the Node queries of the tests
 * and the benchmark so that they rank alike. `pageLength: 0`: a long guide is not ranked below a
 * short reference page for the same match.
 */
export const pagefindSearchOptions = {
  excerptLength: 18,
  ranking: { pageLength: 0 },
} as const;
