/** Translation tracking: which translations are current, outdated or missing, by content hash. */
export { contentHash, findMarker, markerLine, markerMatches, writeMarker, type FoundMarker } from './marker';
export { composedFiles, contentImports } from './composition';
export { computeStatus, fileStatuses, kindOf, loadStatus, pageStatuses, type StatusInput } from './status';
export { formatJsonReport, formatTextReport, hasWork, markCurrentCommand, summaryLine, workLines } from './format';
export { markCurrent, translationsOf, type MarkResult } from './mark-current';
export type * from './types';
