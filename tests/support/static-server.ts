import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServerOptions {
  /** Extra response headers for a request path, such as security headers. */
  headersFor?: (urlPath: string) => Record<string, string>;
}

export interface StaticServer {
  /** Origin of the server, without a trailing slash: http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

async function fileKind(file: string): Promise<'file' | 'dir' | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** Serves a built site folder on 127.0.0.1 at a free port, like a plain static host. */
export async function startStaticServer(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);

  async function send(res: ServerResponse, status: number, file: string, headers: Record<string, string>) {
    const body = await readFile(file);
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const headers = options.headersFor?.(url.pathname) ?? {};
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
        return;
      }
      const file = path.join(root, urlPath);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403, headers).end();
        return;
      }
      const kind = await fileKind(file);
      if (kind === 'dir' && !url.pathname.endsWith('/')) {
        res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const target = kind === 'dir' ? path.join(file, 'index.html') : file;
      if ((await fileKind(target)) === 'file') {
        await send(res, 200, target, headers);
        return;
      }
      const notFound = path.join(root, '404.html');
      if ((await fileKind(notFound)) === 'file') {
        await send(res, 404, notFound, headers);
        return;
      }
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
