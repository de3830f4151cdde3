import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, resolveRequestPath, startStaticServer, type StaticServer } from './static-server';

/** A tiny build: a root page, a locale folder with its index, a page file and a 404 page. */
let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  fs.mkdirSync(path.join(root, 'ko'));
  fs.writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(root, 'ko', 'index.html'), '<p>ko home</p>');
  fs.writeFileSync(path.join(root, 'guide.html'), `<p>${'guide '.repeat(200)}</p>`);
  fs.writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
  server = await startStaticServer({ root, compress: true, headers: { 'content-security-policy': "default-src 'self'" } });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('maps paths to files as hosts serve a trailingSlash: false build', () => {
    expect(resolveRequestPath(root, '/guide')).toBe(path.join(root, 'guide.html'));
    expect(resolveRequestPath(root, '/ko/')).toBe(path.join(root, 'ko', 'index.html'));
    expect(resolveRequestPath(root, '/../etc/passwd')).toBeUndefined();
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('redirects a folder asked for without its slash, keeping the query', async () => {
    const response = await fetch(`${server.origin}/ko?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ko/?x=1');
    expect((await fetch(`${server.origin}/ko/`)).status).toBe(200);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
  });

  it('sends the given headers with every response, 404s included', async () => {
    const page = await fetch(`${server.origin}/guide`);
    const missing = await fetch(`${server.origin}/nope`);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await missing.text()).toBe('<p>not found</p>');
  });

  it('compresses text with Brotli or gzip as the client accepts', async () => {
    const original = fs.readFileSync(path.join(root, 'guide.html'));
    const brotli = await fetch(`${server.origin}/guide`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    // fetch decodes the body; the length header is what went over the wire.
    expect(Number(brotli.headers.get('content-length'))).toBeLessThan(original.length / 5);
    expect(await brotli.text()).toBe(original.toString());
    const gzip = await fetch(`${server.origin}/guide`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(original.toString());
    const plain = await fetch(`${server.origin}/guide`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding('gzip;q=1.0, br;q=0.5')).toBe('br');
  });
});
