import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';
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
  /**
   * Compress text files (Brotli, else gzip, by the request's `Accept-Encoding`) as static hosts do,
   * so that transfer sizes and simulated load times are the ones visitors get. Off by default.
   */
  readonly compress?: boolean;
  /**
   * Serve over HTTPS with HTTP/2 (HTTP/1.1 for clients without it), as static hosts do: HTTP/2
   * compresses repeated headers, so a long Content-Security-Policy costs its bytes once per
   * connection instead of once per file. Plain HTTP/1.1 when absent.
   */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
};

/** Files worth compressing: text; images other than SVG and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.md', '.wasm']);

/** A file's body in an encoding, compressed once per file version (static hosts compress ahead of time). */
const compressedCache = new Map<string, Buffer>();

/** The encoding a client accepts that the server offers, if any. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set((acceptEncoding ?? '').split(',').map((item) => item.split(';')[0]!.trim().toLowerCase()));
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/** Compresses `file` in `encoding`, at the highest level, as a host that pre-compresses its assets does. */
export function compressedFile(file: string, encoding: 'br' | 'gzip'): Buffer {
  const { mtimeMs, size } = fs.statSync(file);
  const key = `${encoding}:${file}:${mtimeMs}:${size}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = fs.readFileSync(file);
    body =
      encoding === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : zlib.gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

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
  const handle = (request: http.IncomingMessage | http2.Http2ServerRequest, response: http.ServerResponse | http2.Http2ServerResponse) => {
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
    const encoding = options.compress && compressible.has(path.extname(file)) ? pickEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding) {
      let body: Buffer;
      try {
        body = compressedFile(file, encoding);
      } catch {
        response.writeHead(404, headers);
        response.end();
        return;
      }
      response.writeHead(200, {
        ...headers,
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-encoding': encoding,
        vary: 'Accept-Encoding',
      });
      response.end(body);
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
  };
  const server = options.tls
    ? http2.createSecureServer({ key: options.tls.key, cert: options.tls.cert, allowHTTP1: true }, handle)
    : http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
