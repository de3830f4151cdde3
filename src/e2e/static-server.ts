import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { everyPath, headersFileName, headersOfRule, parseHeadersFile } from '../plugins/docusaurus-plugin-security-headers/headers-file';

/** Content types of the files a Docusaurus build contains. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A running static server. */
export type StaticServer = {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly close: () => Promise<void>;
};

/** Options of {@link startStaticServer}. */
export type StaticServerOptions = {
  /** The folder to serve (the production build). */
  readonly root: string;
  /** Headers added to every response, such as the site's Content-Security-Policy. */
  readonly headers?: Readonly<Record<string, string>>;
};

/**
 * The headers a static host (Netlify, Cloudflare Pages) sends with every file of a build: the `/*`
 * rule of the build's `_headers`, with lower-case names. Throws when the build has no `_headers`.
 */
export function siteWideHeaders(root: string): Record<string, string> {
  return headersOfRule(parseHeadersFile(fs.readFileSync(path.join(root, headersFileName), 'utf8')), everyPath);
}

/** Maps a URL path to a file the way static hosts serve a `trailingSlash: false` Docusaurus build. */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(root, path.normalize(decoded).replace(/^(\.\.(\/|\\|$))+/u, ''));
  if (!base.startsWith(root)) {
    return undefined;
  }
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** Serves a folder on 127.0.0.1 on a free port; 404s use the build's own 404 page. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveRequestPath(root, url.pathname);
    const headers = { ...options.headers };
    if (file && path.basename(file) === 'index.html' && !/(^|\/)(index\.html)?$/u.test(url.pathname)) {
      // A folder's index asked for without the trailing slash (`/ko`): hosts redirect to the folder
      // (`/ko/`), which is the URL the site links to and the one its client-side routes expect.
      response.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    if (!file) {
      response.writeHead(404, { ...headers, 'content-type': contentTypes['.html']! });
      response.end(fs.existsSync(path.join(root, '404.html')) ? fs.readFileSync(path.join(root, '404.html')) : 'Not found');
      return;
    }
    const stream = fs.createReadStream(file);
    stream.once('open', () => {
      response.writeHead(200, { ...headers, 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      stream.pipe(response);
    });
    // A file removed between the lookup and the read (a rebuild in progress) is a 404, not a crash.
    stream.once('error', () => {
      response.writeHead(404, headers);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
