import path from 'node:path';
import ts from 'typescript';

/**
 * The compiler settings of a freshly created Next.js app (what `next dev` writes into
 * `tsconfig.json`), made strict: module `esnext` resolved like a bundler (package `exports` are
 * honoured, so a wrong subpath fails), the automatic JSX runtime, DOM and ESNext libraries, and
 * JavaScript checked too. Every fence is a module of its own (`moduleDetection: force`), so
 * fences never share a global scope.
 */
export const compilerOptions: Readonly<ts.CompilerOptions> = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.esnext.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  allowJs: true,
  checkJs: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * The ambient declarations a Next.js app compiles with: Node's globals (`process.env`) and Next's
 * own `next-env.d.ts` references (CSS modules, image imports, `NODE_ENV`).
 */
export const defaultAmbientTypes: readonly string[] = ['node', 'next', 'next/image-types/global'];

/** Parsed declaration files kept between runs over the same packages (tests parse React's and Next's types once). */
export type CompilerCache = {
  /** Source files of the real file system, by file name, language version and module format. */
  readonly sourceFiles: Map<string, ts.SourceFile>;
  /** Module resolution caches, one per site and packages folder. */
  readonly resolutions: Map<string, ts.ModuleResolutionCache>;
};

/** A fresh, empty {@link CompilerCache}. */
export function createCompilerCache(): CompilerCache {
  return { sourceFiles: new Map(), resolutions: new Map() };
}

/** One fence as a module of a virtual app. */
export type VirtualModule = {
  /** Its path inside the app (`app/logto.ts`, or `fence-3.ts` for an untitled fence). */
  readonly path: string;
  /** True for titled fences: other fences may import them by path. */
  readonly importable: boolean;
  /** The code. */
  readonly text: string;
  /** False for fences that opted out: they are compiled (others may import them) but not reported. */
  readonly reported: boolean;
};

/**
 * The fences of one guide, compiled together as one small app, twice over: step by step (each
 * module imports the nearest earlier version of a path written twice, what the reader has at that
 * step) and as the final app (the last version of every path, what the reader has after the last step).
 */
export type VirtualApp = {
  /** Its modules, in reading order. */
  readonly modules: readonly VirtualModule[];
};

/** Why a module compiles differently in the final app: the later versions it sees there. */
export type FinalAppCause = {
  /**
   * The versions that differ, directly imported or further down the imports: `latest` is the last
   * version of the path (a module index), `atStep` the version seen at the importer's own step.
   */
  readonly versions: ReadonlyArray<{ readonly latest: number; readonly atStep: number }>;
  /** For an import of a name the final app's version of a file does not export: the name and that module. */
  readonly missingExport?: { readonly name: string; readonly module: number };
};

/** A compiler diagnostic inside one module of one app. */
export type ModuleDiagnostic = {
  /** Index of the app in the list given to {@link compileApps}. */
  readonly app: number;
  /** Index of the module in its app. */
  readonly module: number;
  /** Offset of the diagnostic in the module's text. */
  readonly start: number;
  /** The compiler's error code (2304 for TS2304). */
  readonly code: number;
  /** The compiler's message, its chain flattened. */
  readonly message: string;
  /** Set when the diagnostic is found in the final app only (not at the module's own step). */
  readonly finalApp?: FinalAppCause;
};

/** What {@link compileApps} found. */
export type CompileResult = {
  /** Diagnostics inside fences. */
  readonly diagnostics: readonly ModuleDiagnostic[];
  /** Diagnostics not inside any fence (settings, missing type packages), as `TS2688: message`. */
  readonly global: ReadonlyArray<{ readonly code: number; readonly message: string }>;
};

/** What {@link compileApps} needs. */
export type CompileOptions = {
  /** Absolute path of the site. */
  readonly siteDir: string;
  /** Absolute path of the folder whose `node_modules` (or a parent's) holds the packages; default `siteDir`. */
  readonly packagesDir?: string;
  /** The apps to compile, each in a program of its own. */
  readonly apps: readonly VirtualApp[];
  /** Type packages every app sees, as `/// <reference types>` (default {@link defaultAmbientTypes}). */
  readonly ambientTypes?: readonly string[];
  /** Parsed declaration files to reuse. */
  readonly cache?: CompilerCache;
};

const scriptExtensions = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];

/** The compiler's name for a file's extension (declaration extensions first: `x.d.ts` is not `.ts`). */
function extensionOf(fileName: string): ts.Extension {
  const extensions = [ts.Extension.Dts, ts.Extension.Dmts, ts.Extension.Dcts, ...Object.values(ts.Extension)];
  return extensions.find((extension) => fileName.endsWith(extension)) ?? ts.Extension.Ts;
}

/** `text` as a regular expression that matches it literally. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The paths inside an app that an import of `target` may mean, best first (as a bundler tries them). */
function candidatePaths(target: string): string[] {
  const compiledFrom = target.match(/^(.*)\.(js|jsx|mjs|cjs)$/);
  const fromJs = compiledFrom
    ? [`${compiledFrom[1]}.${compiledFrom[2]!.replace('j', 't')}`, `${compiledFrom[1]}.tsx`]
    : [];
  return [
    target,
    ...fromJs,
    ...scriptExtensions.map((extension) => `${target}${extension}`),
    ...scriptExtensions.map((extension) => `${target}/index${extension}`),
  ];
}

/**
 * The versions (module indexes, in reading order) of the titled fence that an import written in
 * module `importer` means; `[]` when it means a file of the app that no fence writes; `undefined`
 * for an import of a package.
 */
function versionsOf(modules: readonly VirtualModule[], specifier: string, importer: number): number[] | undefined {
  const importerModule = modules[importer]!;
  let targets: string[] | undefined;
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    // An untitled fence is standalone: it has no place in the app, so nothing is relative to it.
    targets = importerModule.importable
      ? [path.posix.normalize(path.posix.join(path.posix.dirname(importerModule.path), specifier))]
      : [];
  } else if (specifier.startsWith('@/')) {
    // The import alias `create-next-app` sets up: `@/*` is the app's root (or its `src/`).
    targets = [specifier.slice(2), `src/${specifier.slice(2)}`];
  }
  if (targets === undefined) {
    return undefined;
  }
  for (const candidate of targets.flatMap(candidatePaths)) {
    const versions = modules.flatMap((module, index) => (module.importable && module.path === candidate ? [index] : []));
    if (versions.length > 0) {
      return versions;
    }
  }
  return [];
}

/** The version a module sees at its own step: the nearest earlier one, or the first when the file comes later. */
const versionAtStep = (versions: readonly number[], importer: number): number =>
  versions.filter((index) => index < importer).at(-1) ?? versions[0]!;

/**
 * Every string in a module's code that could be an import of another fence (relative, or through
 * `@/`), comments included: JSDoc types import too. Reading more than the imports costs nothing
 * but a module compiled again; reading less would miss an error.
 */
function inAppSpecifiers(text: string): Set<string> {
  return new Set([...text.matchAll(/(["'`])((?:\.\.?|@)\/(?:(?!\1)[^\n\\])*)\1/g)].map((match) => match[2]!));
}

/**
 * The modules the final app compiles again, with the later versions each one sees: the last
 * version of a path whose imports (directly or further down) reach another version than at its own
 * step. Every other module of the final app is the very module its step compiled, so it is shared,
 * not compiled twice, and a guide that never rewrites a file costs nothing more.
 */
export function finalAppChanges(modules: readonly VirtualModule[]): Map<number, FinalAppCause['versions']> {
  const lastVersions = new Map<string, number>();
  modules.forEach((module, index) => {
    if (module.importable) {
      lastVersions.set(module.path, index);
    }
  });
  const imports = new Map<number, number[]>();
  const differs = new Map<number, Array<{ latest: number; atStep: number }>>();
  for (const module of lastVersions.values()) {
    imports.set(module, []);
    differs.set(module, []);
    for (const specifier of inAppSpecifiers(modules[module]!.text)) {
      const versions = versionsOf(modules, specifier, module);
      if (versions === undefined || versions.length === 0) {
        continue;
      }
      const latest = versions.at(-1)!;
      const atStep = versionAtStep(versions, module);
      imports.get(module)!.push(latest);
      if (latest !== atStep && !differs.get(module)!.some((seen) => seen.latest === latest && seen.atStep === atStep)) {
        differs.get(module)!.push({ latest, atStep });
      }
    }
  }
  const changes = new Map<number, FinalAppCause['versions']>();
  for (const module of lastVersions.values()) {
    const reached = new Set([module]);
    const queue = [module];
    const versions: Array<{ latest: number; atStep: number }> = [];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const version of differs.get(next)!) {
        if (!versions.some((seen) => seen.latest === version.latest && seen.atStep === version.atStep)) {
          versions.push(version);
        }
      }
      for (const imported of imports.get(next)!) {
        if (!reached.has(imported)) {
          reached.add(imported);
          queue.push(imported);
        }
      }
    }
    if (versions.length > 0) {
      changes.set(module, versions);
    }
  }
  return changes;
}

/** The compiler's codes for an import of a name the module does not export. */
const missingExportCodes = new Set([2305, 2459, 2460, 2614, 2724]);

/** The name and the module specifier of the import or re-export written at `position`, if any. */
function importedNameAt(sourceFile: ts.SourceFile, position: number): { name: string; specifier: string } | undefined {
  let found: { name: string; specifier: string } | undefined;
  const visit = (node: ts.Node, specifier: string | undefined): void => {
    if (found || position < node.getStart(sourceFile) || position >= node.end) {
      return;
    }
    const declaration = ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ? node : undefined;
    if (declaration?.moduleSpecifier && ts.isStringLiteral(declaration.moduleSpecifier)) {
      specifier = declaration.moduleSpecifier.text;
    }
    if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && specifier !== undefined) {
      found = { name: (node.propertyName ?? node.name).text, specifier };
      return;
    }
    ts.forEachChild(node, (child) => visit(child, specifier));
  };
  visit(sourceFile, undefined);
  return found;
}

/** The compiler's settings for parsing a file, as a cache key (they differ by module format only). */
const parseSettings = (languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions): string =>
  typeof languageVersionOrOptions === 'object'
    ? `${languageVersionOrOptions.languageVersion} ${languageVersionOrOptions.impliedNodeFormat}`
    : String(languageVersionOrOptions);

/**
 * A host's `getSourceFile` that parses a file once per parse settings and keeps it in `sourceFiles`,
 * reading its text with `read`. The parse settings come from the program (with `moduleDetection:
 * force` they make every file a module), so a file is parsed when a program first asks for it.
 */
function cachingGetSourceFile(
  sourceFiles: Map<string, ts.SourceFile>,
  read: (fileName: string) => string | undefined,
): ts.CompilerHost['getSourceFile'] {
  return (fileName, languageVersionOrOptions, onError) => {
    const key = `${fileName}\n${parseSettings(languageVersionOrOptions)}`;
    const cached = sourceFiles.get(key);
    if (cached) {
      return cached;
    }
    const text = read(fileName);
    if (text === undefined) {
      onError?.(`Cannot read file '${fileName}'.`);
      return undefined;
    }
    const sourceFile = ts.createSourceFile(fileName, text, languageVersionOrOptions);
    sourceFiles.set(key, sourceFile);
    return sourceFile;
  };
}

/**
 * A compiler host over the real file system that parses each file once, for every program that uses
 * it: the declaration files of the libraries, React, Next.js and the SDKs are read, parsed and bound
 * once (the binder keeps its work on the shared source file), however many apps are compiled.
 */
function createSharedHost(siteDir: string, cache: CompilerCache): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions, true);
  host.getCurrentDirectory = () => siteDir;
  host.writeFile = () => undefined;
  host.getSourceFile = cachingGetSourceFile(cache.sourceFiles, host.readFile.bind(host));
  // Every program looks up the same package files: the disk is asked once per run.
  host.fileExists = remembered(host.fileExists.bind(host));
  host.directoryExists = host.directoryExists && remembered(host.directoryExists.bind(host));
  host.realpath = host.realpath && remembered(host.realpath.bind(host));
  return host;
}

/** `lookUp`, asked once per file name: the answers of the file system do not change during a check. */
function remembered<T>(lookUp: (fileName: string) => T): (fileName: string) => T {
  const answers = new Map<string, T>();
  return (fileName) => {
    if (!answers.has(fileName)) {
      answers.set(fileName, lookUp(fileName));
    }
    return answers.get(fileName)!;
  };
}

/**
 * The shared host as one program sees it: `files` (the app's fences and the ambient file, by file
 * name) exist on top of the real file system, parsed once into `parsed`; imports resolve with `resolve`
 * (and its `resolutionCache`).
 */
function programHost(input: {
  readonly shared: ts.CompilerHost;
  readonly files: ReadonlyMap<string, string>;
  readonly parsed: Map<string, ts.SourceFile>;
  readonly resolve: NonNullable<ts.CompilerHost['resolveModuleNameLiterals']>;
  readonly resolutionCache: ts.ModuleResolutionCache;
}): ts.CompilerHost {
  const { shared, files, parsed, resolve, resolutionCache } = input;
  const getVirtualSourceFile = cachingGetSourceFile(parsed, (fileName) => files.get(fileName));
  return {
    ...shared,
    fileExists: (fileName) => files.has(fileName) || shared.fileExists(fileName),
    readFile: (fileName) => files.get(fileName) ?? shared.readFile(fileName),
    getSourceFile: (fileName, ...rest) =>
      (files.has(fileName) ? getVirtualSourceFile : shared.getSourceFile)(fileName, ...rest),
    resolveModuleNameLiterals: resolve,
    // Type references and libraries then resolve with the packages' `package.json` files read once.
    getModuleResolutionCache: () => resolutionCache,
  };
}

/**
 * Compiles every app, each in a program of its own, as a reader has it: one guide's global
 * declarations (`declare global`, `declare module`, `/// <reference types>`, the packages it
 * imports) never reach another guide's fences. The programs share one compiler host, so the
 * declaration files of React, Next.js and the SDK are parsed and bound once for all guides and
 * locales. Each fence is a file under a virtual folder of its own; a relative import (or Next's
 * `@/` alias) resolves to a titled fence of the same app, any other import to the real packages of
 * the site.
 */
export function compileApps(options: CompileOptions): CompileResult {
  const { siteDir, apps, ambientTypes = defaultAmbientTypes, cache = createCompilerCache() } = options;
  const packagesDir = options.packagesDir ?? siteDir;
  const virtualRoot = path.join(siteDir, '.code-check');
  // Neither file exists: they stand where a Next app's root files would, so packages resolve from there.
  // Next's `next-env.d.ts`, as a `.ts` file: with `skipLibCheck` a declaration file's missing types go unreported.
  const ambientFile = path.join(packagesDir, '.code-check', 'next-env.ts');
  const packageImporter = path.join(packagesDir, '.code-check', 'app.tsx');
  const ambientText = ambientTypes.map((type) => `/// <reference types="${type}" />\n`).join('');

  /** A module compiled at its own step, or (`final`) compiled again in the final app. */
  type Located = { readonly app: number; readonly module: number; readonly final: boolean };
  const fileNameOf = ({ app, module, final }: Located): string =>
    path.join(virtualRoot, String(app), ...(final ? ['final'] : []), String(module), apps[app]!.modules[module]!.path);
  const finalChanges = apps.map(({ modules }) => finalAppChanges(modules));
  const virtualFiles = new Map<string, Located & { readonly text: string }>();
  /** Each app's files by name: its modules (and their final-app versions) and the ambient file. */
  const appFiles = apps.map((app, appIndex) => {
    const files = new Map([[ambientFile, ambientText]]);
    app.modules.forEach(({ text }, moduleIndex) => {
      for (const final of finalChanges[appIndex]!.has(moduleIndex) ? [false, true] : [false]) {
        const located = { app: appIndex, module: moduleIndex, final };
        virtualFiles.set(fileNameOf(located), { ...located, text });
        files.set(fileNameOf(located), text);
      }
    });
    return files;
  });
  // The fences and the ambient file, parsed once: the ambient file is shared by every program.
  const parsed = new Map<string, ts.SourceFile>();

  const host = createSharedHost(siteDir, cache);
  const resolutionKey = `${siteDir}\n${packagesDir}`;
  let resolutionCache = cache.resolutions.get(resolutionKey);
  if (!resolutionCache) {
    resolutionCache = ts.createModuleResolutionCache(siteDir, (name) => name, compilerOptions);
    cache.resolutions.set(resolutionKey, resolutionCache);
  }
  const packageResolution = (specifier: string, containingFile: string, mode: ts.ResolutionMode) =>
    ts.resolveModuleName(specifier, containingFile, compilerOptions, host, resolutionCache, undefined, mode);

  /**
   * Resolves an import written in a fence: a titled fence of the same app, else a real package. At
   * its own step a module sees the nearest earlier version of a path written twice (the first when
   * the file comes later in the guide); in the final app it sees the last version, compiled again
   * only when that version itself sees other versions than at its own step.
   */
  const resolveInApp = (specifier: string, importer: Located, mode: ts.ResolutionMode) => {
    const versions = versionsOf(apps[importer.app]!.modules, specifier, importer.module);
    if (versions === undefined) {
      return packageResolution(specifier, packageImporter, mode);
    }
    if (versions.length === 0) {
      return { resolvedModule: undefined };
    }
    const module = importer.final ? versions.at(-1)! : versionAtStep(versions, importer.module);
    const final = importer.final && finalChanges[importer.app]!.has(module);
    const resolvedFileName = fileNameOf({ app: importer.app, module, final });
    const resolvedModule: ts.ResolvedModuleFull = {
      resolvedFileName,
      extension: extensionOf(resolvedFileName),
      isExternalLibraryImport: false,
      resolvedUsingTsExtension: /\.[mc]?tsx?$/.test(specifier) && !specifier.endsWith('.d.ts'),
    };
    return { resolvedModule };
  };

  const resolveLiterals: NonNullable<ts.CompilerHost['resolveModuleNameLiterals']> = (
    literals,
    containingFile,
    _redirected,
    resolutionOptions,
    containingSourceFile,
  ) =>
    literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, resolutionOptions);
      const importer = virtualFiles.get(containingFile);
      return importer
        ? resolveInApp(literal.text, importer, mode)
        : packageResolution(literal.text, containingFile, mode);
    });

  const global: Array<{ code: number; message: string }> = [];
  const diagnostics: ModuleDiagnostic[] = [];
  const finalDiagnostics: ModuleDiagnostic[] = [];
  // A type printed with its file (`typeof import("…")`) names the fence's path in its app, not the virtual folder.
  const separator = escapeRegExp(path.sep);
  const virtualFolder = new RegExp(
    `${escapeRegExp(virtualRoot)}${separator}\\d+${separator}(?:final${separator})?\\d+${separator}`,
    'g',
  );
  const record = (diagnostic: ts.Diagnostic): void => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').replace(virtualFolder, '');
    const located = diagnostic.file && virtualFiles.get(diagnostic.file.fileName);
    if (located && diagnostic.start !== undefined) {
      const { app, module, final } = located;
      if (!apps[app]!.modules[module]!.reported) {
        return;
      }
      const found = { app, module, start: diagnostic.start, code: diagnostic.code, message };
      if (!final) {
        diagnostics.push(found);
        return;
      }
      // An import of a name the last version no longer exports: say which name and which version.
      const imported = missingExportCodes.has(diagnostic.code)
        ? importedNameAt(diagnostic.file!, diagnostic.start)
        : undefined;
      const versions = imported && versionsOf(apps[app]!.modules, imported.specifier, module);
      const cause = finalChanges[app]!.get(module)!;
      finalDiagnostics.push({
        ...found,
        finalApp: versions?.length
          ? { versions: cause, missingExport: { name: imported!.name, module: versions.at(-1)! } }
          : { versions: cause },
      });
      return;
    }
    const fileName = diagnostic.file?.fileName;
    const where =
      fileName === undefined
        ? ''
        : fileName === ambientFile
          ? 'In the ambient types of every fence: '
          : `${path.relative(siteDir, fileName)}: `;
    // Every program reports the settings and the ambient types: each problem is kept once.
    if (!global.some((seen) => seen.code === diagnostic.code && seen.message === `${where}${message}`)) {
      global.push({ code: diagnostic.code, message: `${where}${message}` });
    }
  };
  for (const files of appFiles) {
    const program = ts.createProgram({
      rootNames: [...files.keys()],
      options: compilerOptions,
      host: programHost({ shared: host, files, parsed, resolve: resolveLiterals, resolutionCache }),
    });
    program.getOptionsDiagnostics().forEach(record);
    program.getGlobalDiagnostics().forEach(record);
    // Only these files are asked for: with no file, the compiler would check every declaration file.
    const checkedFiles = [...files.keys()].flatMap((fileName) => {
      const located = virtualFiles.get(fileName);
      const sourceFile = program.getSourceFile(fileName);
      return sourceFile && (!located || apps[located.app]!.modules[located.module]!.reported) ? [sourceFile] : [];
    });
    for (const sourceFile of checkedFiles) {
      program.getSyntacticDiagnostics(sourceFile).forEach(record);
      program.getSemanticDiagnostics(sourceFile).forEach(record);
    }
  }
  // What a module's own step already reported is not reported again from the final app.
  const keyOf = ({ app, module, start, code }: ModuleDiagnostic): string => `${app} ${module} ${start} ${code}`;
  const atSteps = new Set(diagnostics.map(keyOf));
  diagnostics.push(...finalDiagnostics.filter((diagnostic) => !atSteps.has(keyOf(diagnostic))));
  return { diagnostics, global };
}
