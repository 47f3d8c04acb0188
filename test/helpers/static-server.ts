/**
 * A static file server for a built site, answering as an ordinary static host does: the content
 * type comes from the file's extension (the system's /etc/mime.types where it exists, else the
 * common web types), and a file whose extension is unknown or missing is `application/octet-stream`,
 * which a browser downloads instead of showing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const fallbackTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/vnd.microsoft.icon',
  txt: 'text/plain',
  md: 'text/markdown',
};

/** Extension (without the dot, lower case) to content type. */
export function contentTypes(file = '/etc/mime.types'): ReadonlyMap<string, string> {
  const types = new Map(Object.entries(fallbackTypes));
  if (!existsSync(file)) return types;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [type, ...extensions] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (type) for (const extension of extensions) types.set(extension.toLowerCase(), type);
  }
  return types;
}

export interface StaticServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Serves `dir` on a free port of 127.0.0.1. A directory serves its index.html. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const types = contentTypes();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = types.get(extname(file).slice(1).toLowerCase()) ?? 'application/octet-stream';
    const charset = /^text\/|javascript|json|svg/.test(type) ? '; charset=utf-8' : '';
    response.writeHead(200, { 'content-type': type + charset }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
