import { describe, expect, it } from 'vitest';
import { referenceSdks } from '../../lib/sdk-reference';
import { renderReferenceIndex, typedocOptionsFor } from '.';
import { withUniqueKeys } from './sidebar-keys';

describe('typedocOptionsFor', () => {
  const next = referenceSdks.find((sdk) => sdk.id === 'next')!;
  const options = typedocOptionsFor(next, { packageDir: '/site/node_modules/@logto/next', outDir: '/site/reference', tsconfig: '/site/tsconfig.json' });

  it('documents every entry point of the SDK from its declaration files, into its own folder', () => {
    expect(options.entryPoints).toEqual(['/site/node_modules/@logto/next/lib/src/index.d.ts', '/site/node_modules/@logto/next/lib/server-actions/index.d.ts']);
    expect(options.out).toBe('/site/reference/next');
    expect(options.docsPath).toBe('/site/reference');
    expect(options.skipErrorChecking).toBe(true);
  });

  it('writes pages whose links resolve in Docusaurus: index.md landing pages, no README, no page header', () => {
    expect(options).toMatchObject({ entryFileName: 'index.md', readme: 'none', hidePageHeader: true, hideBreadcrumbs: true, disableSources: true });
  });
});

describe('renderReferenceIndex', () => {
  it('links every SDK with the version documented', () => {
    const page = renderReferenceIndex([
      { sdk: { id: 'next', packageName: '@logto/next', entryPoints: [] }, version: '4.2.11' },
      { sdk: { id: 'react', packageName: '@logto/react', entryPoints: [] }, version: '4.0.15' },
    ]);
    expect(page).toContain('slug: /\n');
    expect(page).toContain('- [`@logto/next`](./next/index.md) 4.2.11\n- [`@logto/react`](./react/index.md) 4.0.15\n');
  });
});

describe('withUniqueKeys', () => {
  it('keys docs by id and categories by their path, so that SDKs sharing names do not collide', () => {
    const items = withUniqueKeys(
      [{ type: 'category', label: 'Classes', items: [{ type: 'doc', id: 'react/classes/LogtoError', label: 'LogtoError' }] }],
      'react',
    );
    expect(items).toEqual([
      {
        type: 'category',
        label: 'Classes',
        key: 'react/Classes',
        items: [{ type: 'doc', id: 'react/classes/LogtoError', label: 'LogtoError', key: 'react/classes/LogtoError' }],
      },
    ]);
  });
});
