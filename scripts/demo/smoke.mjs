#!/usr/bin/env node
// Headless check of the demo: starts `demo.mjs --no-browser`, opens Debian's
// Chromium (Playwright) with the same flags the demo uses, and clicks through
// the journey's first pages in each language, checking that the overlay shows
// its step card on every page and that the login page carries the demo notice.
//
//   npm run build && node scripts/demo/smoke.mjs [--port 18443]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const HOSTS = ['www.csam.be', 'csam.be', 'www.socialsecurity.be', 'idp.iamfas.belgium.be', 'iamapps.belgium.be'];
const portArg = process.argv.indexOf('--port');
const PORT = portArg > 0 ? Number(process.argv[portArg + 1]) : 18443;

const server = spawn(process.execPath, [join(ROOT, 'scripts', 'demo', 'demo.mjs'), '--no-browser', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
let serverLog = '';
await new Promise((ok, fail) => {
  server.stdout.on('data', (d) => {
    serverLog += d;
    if (serverLog.includes('Serving until Ctrl-C')) ok();
  });
  server.once('exit', (code) => fail(new Error(`demo server exited (${code}):\n${serverLog}`)));
});

// The flags the demo prints for a browser, this run's certificate key included.
const spki = /--ignore-certificate-errors-spki-list=(\S+)/.exec(serverLog)?.[1];
if (!spki) throw new Error(`no certificate key in the demo's output:\n${serverLog}`);
const profile = mkdtempSync(join(tmpdir(), 'csam-demo-smoke-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${PORT}`).join(', ')}`,
    `--ignore-certificate-errors-spki-list=${spki}`,
    `--load-extension=${EXTENSION}`,
    `--disable-extensions-except=${EXTENSION}`,
    '--no-first-run',
    '--disable-background-networking',
    '--no-sandbox',
  ],
});

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

/** The overlay's step card: its step id and text, once it is there. */
async function stepCard(page) {
  try {
    await page.waitForFunction(() => document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector('[data-testid="step-card"]'), null, { timeout: 10_000 });
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const card = document.querySelector('csam-guide-overlay').shadowRoot.querySelector('[data-testid="step-card"]');
    return { step: card.getAttribute('data-step') ?? '', state: card.getAttribute('data-state') ?? '', text: card.textContent.replace(/\s+/g, ' ').trim().slice(0, 110) };
  });
}

const page = await context.newPage();
try {
  // The journey's csam.be part, socialsecurity.be and the login, in every language.
  for (const lang of ['fr', 'nl', 'de', 'en']) {
    await page.goto(`https://www.csam.be/${lang}/index.html`);
    for (const expected of ['csam-home', 'csam-service', 'csam-manage-access', 'ss-access-info']) {
      const card = await stepCard(page);
      check(Boolean(card), `${lang} ${expected} (${new URL(page.url()).hostname}${new URL(page.url()).pathname}): step card ${card ? `[${card.step}${card.state ? ' ' + card.state : ''}] “${card.text}”` : 'missing'}`);
      await Promise.all([page.waitForEvent('load'), page.click('[data-expect="target"]')]);
    }
    const card = await stepCard(page);
    const banner = await page.evaluate(() => document.querySelector('[data-demo-banner]')?.textContent ?? '');
    check(page.url().startsWith('https://idp.iamfas.belgium.be/fas/XUI/'), `${lang} login page reached: ${page.url()}`);
    check(Boolean(card), `${lang} login page: step card ${card ? `“${card.text}”` : 'missing'}`);
    check(banner.length > 0, `${lang} login page: demo notice “${banner}”`);
    await Promise.all([page.waitForEvent('load'), page.click('[data-replica-login="1"]')]);
    const groups = await stepCard(page);
    check(page.url().includes('/uman/') && Boolean(groups), `${lang} after the fake login: ${page.url()}, step card ${groups ? `“${groups.text}”` : 'missing'}`);
  }

  // The rest of the journey in French, with the two form posts.
  const clickNext = (sel) => Promise.all([page.waitForEvent('load'), page.click(sel)]);
  await clickNext('[data-expect="target"]'); // Employeur ONSS
  await clickNext('[data-expect="target"]'); // Utilisateurs
  check((await stepCard(page)) !== null, `fr add-user page: ${page.url()}`);
  await page.locator('[data-expect="target"]').pressSequentially('85073003328');
  await clickNext('[data-expect="next"]'); // POST
  check(page.url().endsWith('/users/new') && (await stepCard(page)) !== null, `fr after the add-user POST: ${page.url()}`);
  for (const field of await page.locator('[required], [aria-required="true"]').all()) {
    if (!(await field.isVisible())) continue;
    const tag = await field.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await field.selectOption({ index: 1 });
    else if (!(await field.inputValue())) await field.fill('demo@example.org');
  }
  await page.getByLabel('TR-FPP', { exact: false }).first().check();
  const save = await stepCard(page);
  check(Boolean(save), `fr form filled, TR-FPP ticked: step card ${save ? `“${save.text}”` : 'missing'}`);
  await clickNext('form[method="post"] [type="submit"]'); // POST
  check(page.url().endsWith('/users/saved'), `fr after the save POST: ${page.url()}`);

  // Unknown page.
  const res = await page.goto('https://www.csam.be/de/kontakt.html');
  check(res?.status() === 404, `unknown page answers 404 (${res?.status()})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.kill('SIGINT');
}
console.log(failures ? `\n${failures} check(s) failed` : '\nAll checks passed');
process.exit(failures ? 1 : 0);
