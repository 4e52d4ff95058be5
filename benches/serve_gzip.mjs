// A static file server for the byte benchmark (benches/search_bytes.sh): serves a folder on 127.0.0.1
// with gzip when the client accepts it, as a web host would, so that the bytes a query transfers over
// HTTP can be measured beside the bytes it reads from file://. Only for benchmarks: no ranges, no caching.
//   node benches/serve_gzip.mjs DIR PORT [plain]     (plain: never gzip)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || 8080);
const plain = process.argv[4] === 'plain';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg',
};
// Already compressed: a web host would not gzip these again (Pagefind's pf_* files are gzip inside).
const STORED = new Set(['.woff2', '.png', '.jpg', '.wasm', '.pf_meta', '.pf_index', '.pf_fragment', '.pagefind']);

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      const ext = path.extname(file);
      const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (!plain && !STORED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = zlib.gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers).end(body);
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
