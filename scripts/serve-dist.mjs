#!/usr/bin/env node
// Serves a build the way a real host does (the browser tests' server): each address gets its
// page's file (/plan → plan.html), an unknown one gets 404.html with status 404, and every
// response carries the headers of the build's own `_headers` file (scripts/hosting.ts), with
// ETags, so "no-cache" revalidates as it would in production.
//
//   node scripts/serve-dist.mjs [--port 4173] [--dir dist] [--next dist-next]
//
// With --next, a second build answers requests that carry the header `x-certpath-deploy: next`
// or the cookie `certpath-deploy=next`: the browser tests play a release (tests/e2e/updates).
//
// With --https, it speaks HTTP/2 over TLS, as the hosts in docs/hosting.md do (HTTP/1.1 too, for
// clients that ask), with a certificate made for this run by `openssl`: the browser that
// measures must be told to accept it (npm run perf, npm run ready). Over HTTP/1.1 a browser
// opens at most six connections to a host, so a page's two dozen files queue behind each other;
// over HTTP/2 they share one connection and arrive together, as they do for real visitors.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders } from './headers-file.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    next: { type: 'string' },
    https: { type: 'boolean', default: false },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const builds = new Map();
/** A build's files and rules, read once it exists (the tests may make the second one later). */
function build(dir) {
  const root = resolve(dir);
  const cached = builds.get(root);
  if (cached) return cached;
  const headersPath = join(root, '_headers');
  if (!existsSync(headersPath)) return null;
  const loaded = { root, rules: parseHeaders(readFileSync(headersPath, 'utf8')) };
  builds.set(root, loaded);
  return loaded;
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The file for an address: itself, its .html page, a folder's index.html, or null. */
function fileFor(root, path) {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const candidates = safe.endsWith('/')
    ? [join(root, safe, 'index.html')]
    : [join(root, safe), join(root, `${safe}.html`)];
  return candidates.find((file) => file.startsWith(root) && isFile(file)) ?? null;
}

function wantsNext(req) {
  if (req.headers['x-certpath-deploy'] === 'next') return true;
  return /(?:^|;\s*)certpath-deploy=next(?:;|$)/.test(req.headers.cookie ?? '');
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;
const compressed = new Map();
function gzipped(etag, body) {
  if (!compressed.has(etag)) compressed.set(etag, gzipSync(body));
  return compressed.get(etag);
}

/** A self-signed certificate for 127.0.0.1 and localhost, valid for two days. */
function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'certpath-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    // openssl's own complaint, if any, reaches the caller's terminal.
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

function handle(req, res) {
  const dir = values.next && wantsNext(req) ? values.next : values.dir;
  const site = build(dir);
  if (!site) {
    res
      .writeHead(503, { 'Content-Type': 'text/plain' })
      .end(`No build in ${dir}: run npm run build.`);
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  let status = 200;
  let file = fileFor(site.root, path);
  if (!file) {
    status = 404;
    file = join(site.root, '404.html');
  }
  const body = readFileSync(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Compressed as every static host compresses (Azure Static Web Apps, Netlify, nginx's gzip):
  // measurements of transfer time (npm run perf, npm run ready) depend on it.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const hash = createHash('sha1').update(body).digest('base64url');
  // Each encoding is its own representation, with its own ETag.
  const etag = `"${hash}${gzip ? '-gz' : ''}"`;
  const headers = {
    ...headersFor(site.rules, status === 404 ? '/404.html' : path),
    'Content-Type': type,
    ETag: etag,
    Vary: 'Cookie, X-Certpath-Deploy, Accept-Encoding',
  };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const sent = gzip ? gzipped(etag, body) : body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, { ...headers, 'Content-Length': sent.length });
  res.end(req.method === 'HEAD' ? undefined : sent);
}

const server = values.https
  ? createSecureServer({ ...throwawayCertificate(), allowHTTP1: true }, handle)
  : createServer(handle);
server.listen(Number(values.port), values.host, () => {
  const scheme = values.https ? 'https' : 'http';
  console.log(
    `Serving ${values.dir}${values.next ? ` (next: ${values.next})` : ''} on ${scheme}://${values.host}:${values.port}`,
  );
});
