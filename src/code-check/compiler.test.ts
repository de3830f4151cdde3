import { describe, expect, it } from 'vitest';
import { finalAppChanges, type VirtualModule } from './compiler';

const module = (path: string, text: string): VirtualModule => ({ path, importable: true, text, reported: true });

describe('finalAppChanges', () => {
  it('compiles again only the last versions that see other versions than at their own step', () => {
    const modules = [
      module('src/logto.ts', "export const baseUrl = 'http://localhost:3000';"),
      module('src/server.ts', "import { baseUrl } from './logto';"),
      // Passes an export on, and is read by a file that does not import `./logto` itself.
      module('src/session.ts', "export { baseUrl } from './logto';"),
      module('src/status.ts', "import { baseUrl } from '@/session';"),
      // Imports only a file written once: the final app shares it with its step.
      module('src/env.ts', 'export const env = process.env;'),
      module('src/client.ts', "import { env } from './env';"),
      module('src/logto.ts', "import { env } from './env';\nexport const endpoint = env.ENDPOINT;"),
      // Read after the last version: it sees the same at its step as in the final app.
      module('src/late.ts', "import { endpoint } from './logto';"),
    ];
    expect(finalAppChanges(modules)).toEqual(
      new Map([
        [1, [{ latest: 6, atStep: 0 }]],
        [2, [{ latest: 6, atStep: 0 }]],
        [3, [{ latest: 6, atStep: 0 }]],
      ]),
    );
  });

  it('counts an import in a JSDoc type, and an import of a file the guide writes later', () => {
    const modules = [
      module('src/page.js', "/** @type {import('./logto').Config} */\nexport const config = {};"),
      module('src/logto.ts', 'export type Config = { appId: string };'),
      module('src/logto.ts', 'export type Config = { appId: string; appSecret: string };'),
    ];
    expect(finalAppChanges(modules)).toEqual(new Map([[0, [{ latest: 2, atStep: 1 }]]]));
  });

  it('changes nothing in a guide that writes every file once', () => {
    const modules = [module('src/logto.ts', 'export const a = 1;'), module('src/server.ts', "import { a } from './logto';")];
    expect(finalAppChanges(modules)).toEqual(new Map());
  });
});
