#!/usr/bin/env node
// The demo: serves the replica portal (tests/fixtures/portal, every route of
// routes.json) over HTTPS on 127.0.0.1 and opens Chromium with the built
// extension, the portal's real hostnames mapped to this server, so that anyone
// can follow the whole journey by clicking, without a CSAM account.
//
// The extension is the store build (.output/chrome-mv3), unchanged: it only
// ever sees https://www.csam.be/… and the other real portal URLs. Nothing of
// the demo (host, port, certificate) is in any build. See docs/demo.md.
//
//   node scripts/demo/demo.mjs [--port 8443] [--no-browser] [--lang fr|nl|de|en]
//
// Node built-ins only, plus the `openssl` command line tool for a throw-away
// self-signed certificate.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'portal');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const HOSTS = ['www.csam.be', 'csam.be', 'www.socialsecurity.be', 'idp.iamfas.belgium.be', 'iamapps.belgium.be'];
const LANGS = ['fr', 'nl', 'de', 'en'];
const DEFAULT_PORT = 8443;

// ------------------------------------------------------------------ options

function usage(code) {
  console.log(`Usage: npm run demo -- [--port N] [--no-browser] [--lang fr|nl|de|en]

  --port N       HTTPS port on 127.0.0.1 (default ${DEFAULT_PORT}; if it is taken, any free port)
  --no-browser   only serve the replica portal; print how to open a browser
  --lang L       the language of the first page (default fr)
  --help         this text`);
  process.exit(code);
}

const opts = { port: undefined, browser: true, lang: 'fr' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [name, inline] = argv[i].split('=', 2);
  const value = () => inline ?? argv[++i];
  if (name === '--port') {
    const port = Number(value());
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      console.error('--port needs a number between 1 and 65535');
      process.exit(2);
    }
    opts.port = port;
  } else if (name === '--no-browser') opts.browser = false;
  else if (name === '--lang') {
    opts.lang = String(value());
    if (!LANGS.includes(opts.lang)) {
      console.error(`--lang is one of ${LANGS.join(', ')}`);
      process.exit(2);
    }
  } else if (name === '--help' || name === '-h') usage(0);
  else {
    console.error(`Unknown option ${argv[i]}`);
    usage(2);
  }
}

// ------------------------------------------------------------------ the replica portal

/** Pages the journey walks through (walk: false entries share a URL with a walk page). */
const ROUTES = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')).filter((r) => r.walk);
const pathOf = (url) => {
  const u = new URL(url);
  return u.origin + u.pathname;
};

/** Same rule as the e2e tests: the full URL first, then the path alone (form posts and links drop or change the query). */
function findRoute(url) {
  const u = new URL(url);
  const exact = u.origin + u.pathname + u.search;
  return ROUTES.find((r) => r.url === exact) ?? ROUTES.find((r) => pathOf(r.url) === u.origin + u.pathname);
}

const START_URL = (lang) => `https://www.csam.be/${lang}/index.html`;

/** The notice on the (fake) login page, in the page's language. */
const LOGIN_BANNER = {
  fr: 'Démonstration : aucune connexion réelle — cliquez sur « Connexion avec lecteur de carte eID » pour continuer',
  nl: 'Demonstratie: geen echte aanmelding — klik op „Aanmelden met eID kaartlezer” om verder te gaan',
  de: 'Demonstration: keine echte Anmeldung — klicken Sie auf „Mit eID-Kartenleser anmelden“, um fortzufahren',
  en: 'Demonstration: no real login — click “Log in with eID card reader” to continue',
};

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function withLoginBanner(html) {
  const lang = /<html[^>]*\blang="([a-z]{2})/i.exec(html)?.[1]?.toLowerCase();
  const text = LOGIN_BANNER[lang] ?? LOGIN_BANNER.fr;
  const banner =
    `<div role="note" data-demo-banner="1" style="margin:0;padding:14px 24px;background:#ffd400;color:#111;` +
    `border-bottom:4px solid #111;font:bold 17px/1.4 Arial,Helvetica,sans-serif;text-align:center">${escapeHtml(text)}</div>`;
  return html.replace(/<body[^>]*>/i, (tag) => `${tag}\n${banner}`);
}

/** The language a URL is in, for the 404 page: /fr/…, site_nl, ?locale=de, /uman/en/… */
function langOfUrl(u) {
  const m = /(?:^|[/_=])(fr|nl|de|en)(?:[/_.&]|$)/.exec(u.pathname + u.search);
  return m?.[1] ?? 'fr';
}

const NOT_FOUND = {
  fr: ['Page introuvable', 'Cette page ne fait pas partie de la démonstration.', 'Revenir au début de la démonstration'],
  nl: ['Pagina niet gevonden', 'Deze pagina maakt geen deel uit van de demonstratie.', 'Terug naar het begin van de demonstratie'],
  de: ['Seite nicht gefunden', 'Diese Seite ist nicht Teil der Demonstration.', 'Zurück zum Anfang der Demonstration'],
  en: ['Page not found', 'This page is not part of the demonstration.', 'Back to the start of the demonstration'],
};

function notFoundPage(u) {
  const lang = langOfUrl(u);
  const [title, text, back] = NOT_FOUND[lang];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>404 – ${title}</title></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#1e2a36;padding:40px 24px;max-width:720px">
<h1 style="font-size:26px">${title}</h1>
<p>${text}</p>
<p style="color:#58656f;font-size:14px">${escapeHtml(u.hostname + u.pathname)}</p>
<p><a href="${START_URL(lang)}">${back}</a></p>
</body>
</html>
`;
}

function preferredLang(acceptLanguage = '') {
  for (const part of acceptLanguage.split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (LANGS.includes(code)) return code;
  }
  return 'fr';
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function log(req, status) {
  // Method, host and path only: never a query string or a form body (the
  // replica's forms ask for a national number).
  const host = (req.headers.host ?? '?').replace(/:\d+$/, '');
  const path = (req.url ?? '/').split('?')[0];
  console.log(`  ${req.method} ${host}${path} → ${status}`);
}

function handle(req, res) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  let u;
  try {
    u = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
  } catch {
    log(req, 400);
    return send(res, 400, 'Bad request', { 'content-type': 'text/plain; charset=utf-8' });
  }
  if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
    log(req, 405);
    return send(res, 405, 'Method not allowed', { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD, POST' });
  }
  // Like the real site: the bare domain goes to www, the root to a language.
  if (host === 'csam.be') {
    log(req, 301);
    return send(res, 301, '', { location: `https://www.csam.be${u.pathname}${u.search}` });
  }
  if (host === 'www.csam.be' && u.pathname === '/') {
    log(req, 302);
    return send(res, 302, '', { location: START_URL(preferredLang(req.headers['accept-language'])) });
  }
  const route = HOSTS.includes(host) ? findRoute(u.href) : undefined;
  if (!route) {
    log(req, 404);
    return send(res, 404, notFoundPage(u));
  }
  let html = readFileSync(join(FIXTURES, route.file), 'utf8');
  if (host === 'idp.iamfas.belgium.be') html = withLoginBanner(html);
  log(req, 200);
  return send(res, 200, html);
}

function onRequest(req, res) {
  if (req.method === 'POST') {
    // A form post (add a user, save): answered with the page of its URL. The
    // body is read and dropped, never stored or logged.
    req.on('data', () => {});
    req.on('end', () => handle(req, res));
    req.on('error', () => res.destroy());
  } else handle(req, res);
}

// ------------------------------------------------------------------ certificate

function makeCertificate(dir) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const config = join(dir, 'openssl.cnf');
  // A config file rather than -addext: works with OpenSSL 1.1 and 3.
  writeFileSync(
    config,
    `[req]
distinguished_name = dn
x509_extensions = ext
prompt = no
[dn]
CN = CSAM guide demo (replica portal, not the real sites)
[ext]
subjectAltName = ${HOSTS.map((h) => `DNS:${h}`).join(', ')}
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
`,
  );
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-keyout', key, '-out', cert, '-config', config], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (e) {
    const why = e.code === 'ENOENT' ? 'the `openssl` command is not installed (Debian: apt-get install openssl)' : String(e.stderr ?? e.message).trim();
    throw new Error(`Could not make the demo's certificate: ${why}`);
  }
  const pem = readFileSync(cert);
  // Chromium's --ignore-certificate-errors-spki-list takes the base64 SHA-256 of the public key.
  const spki = createHash('sha256').update(createPublicKey(pem).export({ type: 'spki', format: 'der' })).digest('base64');
  return { key: readFileSync(key), cert: pem, spki };
}

// ------------------------------------------------------------------ browser

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

function chromiumArgs({ port, profile, lang, spki }) {
  return [
    `--user-data-dir=${profile}`,
    `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
    // Trusts this run's certificate only (by its public key), not every
    // certificate as --ignore-certificate-errors would. Needs --user-data-dir.
    `--ignore-certificate-errors-spki-list=${spki}`,
    `--load-extension=${EXTENSION}`,
    `--disable-extensions-except=${EXTENSION}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-sync',
    START_URL(lang),
  ];
}

const shellQuote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function hasDisplay() {
  return process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

// ------------------------------------------------------------------ main

const tempDirs = [];
let browser = null;
let server = null;
let stopping = false;

function cleanUp() {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the demo…');
  if (browser && browser.exitCode === null && browser.signalCode === null) {
    const exited = new Promise((r) => browser.once('exit', r));
    browser.kill('SIGTERM');
    const timer = setTimeout(() => browser.exitCode === null && browser.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  if (server) {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
  cleanUp();
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('exit', cleanUp);

function listen(srv, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (e) => {
      srv.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      srv.off('error', onError);
      resolvePort(srv.address().port);
    };
    srv.once('error', onError);
    srv.once('listening', onListening);
    srv.listen(port, '127.0.0.1');
  });
}

async function main() {
  if (opts.browser && !existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`No build in ${EXTENSION}: run \`npm run build\` first (\`npm run demo\` does).`);
    process.exit(1);
  }
  const certDir = mkdtempSync(join(tmpdir(), 'csam-demo-cert-'));
  tempDirs.push(certDir);
  const tls = makeCertificate(certDir);

  server = createServer(tls, onRequest);
  let port;
  try {
    port = await listen(server, opts.port ?? DEFAULT_PORT);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || opts.port !== undefined) {
      console.error(e.code === 'EADDRINUSE' ? `Port ${opts.port} is in use: choose another with --port.` : e.message);
      return stop(1);
    }
    port = await listen(server, 0);
  }

  const pages = new Set(ROUTES.map((r) => r.url)).size;
  console.log(`
CSAM guide — demo
Replica portal: ${pages} pages (${[...new Set(ROUTES.map((r) => r.lang))].join(', ')}) served over HTTPS on 127.0.0.1:${port}
for ${HOSTS.join(', ')}.
The login page is fake: click the eID card reader option to go on. Nothing you type leaves this machine.
`);

  const exe = findChromium();
  // For the printed command: a fresh profile made by the shell (left unquoted so that it runs mktemp).
  const printable = [exe, ...chromiumArgs({ port, profile: '\0', lang: opts.lang, spki: tls.spki })]
    .map((a) => (a === '--user-data-dir=\0' ? '--user-data-dir="$(mktemp -d)"' : shellQuote(a)))
    .join(' \\\n    ');

  console.log(`How to use it
- In the browser, follow the journey from the CSAM home page: the overlay shows each step,
  the extension's icon (puzzle-piece menu, pin it) shows the checklist.
- First pages in other languages: https://www.csam.be/{fr,nl,de,en}/index.html (NL/FR go all the way;
  DE/EN cover csam.be, socialsecurity.be and the login, then continue on the French replica).
- Chromium only: the portal's real hostnames are mapped to this server with --host-resolver-rules,
  which Firefox does not have (see docs/demo.md for Firefox).
- The browser runs on a fresh, throw-away profile that trusts this run's self-signed certificate
  (and only it); Chromium may warn about the unusual command-line flag.
- Ctrl-C stops the server and the browser and deletes the temporary profile and certificate.
`);

  if (!opts.browser || !hasDisplay()) {
    console.log(`${opts.browser ? 'No display here ($DISPLAY is not set): not opening a browser.' : 'Not opening a browser (--no-browser).'}
To open the demo, run this on a machine with a display that can reach 127.0.0.1:${port}
(this machine, or another one with \`ssh -L ${port}:127.0.0.1:${port}\` and a copy of .output/chrome-mv3):

  ${printable}

Serving until Ctrl-C.
`);
    return;
  }

  if (/Google Chrome/i.test(exe)) console.warn('Warning: branded Google Chrome ignores --load-extension; use Chromium (set CHROMIUM_PATH).');
  console.log(`Opening ${exe} on ${START_URL(opts.lang)} …\n`);
  const profile = mkdtempSync(join(tmpdir(), 'csam-demo-profile-'));
  tempDirs.push(profile);
  browser = spawn(exe, chromiumArgs({ port, profile, lang: opts.lang, spki: tls.spki }), { stdio: 'ignore' });
  browser.on('error', (e) => {
    console.error(`Could not start ${exe}: ${e.message}. Set CHROMIUM_PATH, or run with --no-browser.`);
    stop(1);
  });
  browser.on('exit', () => {
    if (stopping) return;
    console.log('The browser was closed.');
    stop(0);
  });
}

main().catch((e) => {
  console.error(e.message ?? e);
  stop(1);
});
