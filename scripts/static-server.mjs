// @ts-check
// A small static file server for the demo page, the benchmark and end-to-end
// checks. It answers Range requests, so audio can seek, and sets a strict
// Content-Security-Policy on HTML pages, so the demo proves the elements need
// no inline scripts, inline styles or eval.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Serves `root` on `port` (0 for any free port). Resolves with the server and its base URL.
 * `options.csp: false` leaves out the Content-Security-Policy header (for Storybook's
 * static build, whose own pages need inline scripts).
 */
export function serve(root, port = 0, host = '127.0.0.1', options = {}) {
  const csp = options.csp !== false;
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) return end(response, 403);
    let stat;
    try {
      stat = statSync(path);
      if (stat.isDirectory()) {
        path = join(path, 'index.html');
        stat = statSync(path);
      }
    } catch {
      return end(response, 404);
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'accept-ranges': 'bytes', 'cache-control': 'no-cache' };
    if (csp && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_CSP;
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : stat.size - Number(range[2]);
      const last = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1;
      if (start > last || start < 0) return end(response, 416, { 'content-range': `bytes */${stat.size}` });
      response.writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${last}/${stat.size}`,
        'content-length': last - start + 1,
      });
      if (request.method === 'HEAD') return response.end();
      return createReadStream(path, { start, end: last }).pipe(response);
    }
    response.writeHead(200, { ...headers, 'content-length': stat.size });
    if (request.method === 'HEAD') return response.end();
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, host, () =>
      done({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
      }),
    );
  });
}

function end(response, status, headers = {}) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(status === 404 ? 'Not found' : String(status));
}
