/** One SDK whose reference pages TypeDoc generates from the declaration files of its pinned version. */
export type ReferenceSdk = {
  /** Folder and route segment: `/reference/<id>/…`. */
  readonly id: string;
  /** The npm package, as pinned in package.json. */
  readonly packageName: string;
  /** Declaration files, relative to the package folder; one TypeDoc module each. */
  readonly entryPoints: readonly string[];
};

/** Folder (relative to the site) of the generated reference: gitignored, rewritten by every build. */
export const referenceDir = 'reference';

/** Route base of the reference's docs instance; the docs checker accepts links below it unchecked. */
export const referenceRouteBasePath = 'reference';

/** The SDKs of the reference, in sidebar order. */
export const referenceSdks: readonly ReferenceSdk[] = [
  { id: 'next', packageName: '@logto/next', entryPoints: ['lib/src/index.d.ts', 'lib/server-actions/index.d.ts'] },
  { id: 'react', packageName: '@logto/react', entryPoints: ['lib/index.d.ts'] },
  { id: 'express', packageName: '@logto/express', entryPoints: ['lib/index.d.ts'] },
];
