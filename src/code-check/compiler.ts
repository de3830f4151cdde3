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

/** The fences of one guide, compiled together as one small app. */
export type VirtualApp = {
  /** Its modules, in reading order (an import of a path written twice takes the nearest earlier version). */
  readonly modules: readonly VirtualModule[];
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
  /** The apps to compile, all in one program. */
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
 * Compiles every app in one program with one type checker: the declaration files of React, Next.js
 * and the SDK are loaded and bound once for all guides and locales. Each fence is a file under a
 * virtual folder of its own; a relative import (or Next's `@/` alias) resolves to a titled fence of
 * the same app, any other import to the real packages of the site.
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

  type Located = { readonly app: number; readonly module: number };
  const fileNameOf = ({ app, module }: Located): string =>
    path.join(virtualRoot, String(app), String(module), apps[app]!.modules[module]!.path);
  const virtualFiles = new Map<string, Located & { readonly text: string }>();
  apps.forEach((app, appIndex) =>
    app.modules.forEach(({ text }, moduleIndex) => {
      const located = { app: appIndex, module: moduleIndex };
      virtualFiles.set(fileNameOf(located), { ...located, text });
    }),
  );

  const host = ts.createCompilerHost(compilerOptions, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getCurrentDirectory = () => siteDir;
  host.writeFile = () => undefined;
  host.fileExists = (fileName) => fileName === ambientFile || virtualFiles.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) =>
    fileName === ambientFile ? ambientText : (virtualFiles.get(fileName)?.text ?? readFile(fileName));
  host.getSourceFile = (fileName, languageVersionOrOptions, onError) => {
    const virtualText = fileName === ambientFile ? ambientText : virtualFiles.get(fileName)?.text;
    if (virtualText !== undefined) {
      return ts.createSourceFile(fileName, virtualText, languageVersionOrOptions);
    }
    const settings =
      typeof languageVersionOrOptions === 'object'
        ? `${languageVersionOrOptions.languageVersion} ${languageVersionOrOptions.impliedNodeFormat}`
        : String(languageVersionOrOptions);
    const key = `${fileName}\n${settings}`;
    const cached = cache.sourceFiles.get(key);
    if (cached) {
      return cached;
    }
    const text = readFile(fileName);
    if (text === undefined) {
      onError?.(`Cannot read file '${fileName}'.`);
      return undefined;
    }
    const sourceFile = ts.createSourceFile(fileName, text, languageVersionOrOptions);
    cache.sourceFiles.set(key, sourceFile);
    return sourceFile;
  };

  const resolutionKey = `${siteDir}\n${packagesDir}`;
  let resolutionCache = cache.resolutions.get(resolutionKey);
  if (!resolutionCache) {
    resolutionCache = ts.createModuleResolutionCache(siteDir, (name) => name, compilerOptions);
    cache.resolutions.set(resolutionKey, resolutionCache);
  }
  const packageResolution = (specifier: string, containingFile: string, mode: ts.ResolutionMode) =>
    ts.resolveModuleName(specifier, containingFile, compilerOptions, host, resolutionCache, undefined, mode);

  /** Resolves an import written in a fence: a titled fence of the same app, else a real package. */
  const resolveInApp = (specifier: string, importer: Located, mode: ts.ResolutionMode) => {
    const modules = apps[importer.app]!.modules;
    const importerModule = modules[importer.module]!;
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
      return packageResolution(specifier, packageImporter, mode);
    }
    for (const candidate of targets.flatMap(candidatePaths)) {
      const versions = modules.flatMap((module, index) =>
        module.importable && module.path === candidate ? [index] : [],
      );
      const chosen = versions.filter((index) => index < importer.module).at(-1) ?? versions[0];
      if (chosen !== undefined) {
        const resolvedFileName = fileNameOf({ app: importer.app, module: chosen });
        const resolvedModule: ts.ResolvedModuleFull = {
          resolvedFileName,
          extension: extensionOf(resolvedFileName),
          isExternalLibraryImport: false,
          resolvedUsingTsExtension: /\.[mc]?tsx?$/.test(specifier) && !specifier.endsWith('.d.ts'),
        };
        return { resolvedModule };
      }
    }
    return { resolvedModule: undefined };
  };

  host.resolveModuleNameLiterals = (literals, containingFile, _redirected, options, containingSourceFile) =>
    literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, options);
      const importer = virtualFiles.get(containingFile);
      return importer
        ? resolveInApp(literal.text, importer, mode)
        : packageResolution(literal.text, containingFile, mode);
    });

  const program = ts.createProgram({
    rootNames: [ambientFile, ...virtualFiles.keys()],
    options: compilerOptions,
    host,
  });

  const global: Array<{ code: number; message: string }> = [];
  const diagnostics: ModuleDiagnostic[] = [];
  // A type printed with its file (`typeof import("…")`) names the fence's path in its app, not the virtual folder.
  const separator = escapeRegExp(path.sep);
  const virtualFolder = new RegExp(`${escapeRegExp(virtualRoot)}${separator}\\d+${separator}\\d+${separator}`, 'g');
  const record = (diagnostic: ts.Diagnostic): void => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').replace(virtualFolder, '');
    const located = diagnostic.file && virtualFiles.get(diagnostic.file.fileName);
    if (located && diagnostic.start !== undefined) {
      if (apps[located.app]!.modules[located.module]!.reported) {
        diagnostics.push({ ...located, start: diagnostic.start, code: diagnostic.code, message });
      }
      return;
    }
    const fileName = diagnostic.file?.fileName;
    const where =
      fileName === undefined
        ? ''
        : fileName === ambientFile
          ? 'In the ambient types of every fence: '
          : `${path.relative(siteDir, fileName)}: `;
    global.push({ code: diagnostic.code, message: `${where}${message}` });
  };
  program.getOptionsDiagnostics().forEach(record);
  program.getGlobalDiagnostics().forEach(record);
  // Only these files are asked for: with no file, the compiler would check every declaration file.
  const checkedFiles = [ambientFile, ...virtualFiles.keys()].flatMap((fileName) => {
    const located = virtualFiles.get(fileName);
    const sourceFile = program.getSourceFile(fileName);
    return sourceFile && (!located || apps[located.app]!.modules[located.module]!.reported) ? [sourceFile] : [];
  });
  for (const sourceFile of checkedFiles) {
    program.getSyntacticDiagnostics(sourceFile).forEach(record);
    program.getSemanticDiagnostics(sourceFile).forEach(record);
  }
  return { diagnostics, global };
}
