/** Checks that the site's code fences compile: the library behind `npm run check:code`. */
export { checkCode, type CodeCheckOptions, type CodeCheckResult, type LocaleCount } from './check-code';
/** The compiler settings, the ambient types and the reusable cache of declaration files. */
export { compilerOptions, createCompilerCache, defaultAmbientTypes, type CompilerCache } from './compiler';
/** A diagnostic and its one-line form. */
export { formatDiagnostic, type CodeDiagnostic } from './diagnostics';
/** The terminal and JSON reports. */
export { formatJsonReport, formatTextReport } from './report';
