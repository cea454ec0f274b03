// One small interface over two automation libraries, so that the same journey
// spec runs in Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core
// over WebDriver BiDi; Playwright cannot drive a stock Firefox). Both load the
// built extension unpacked and answer the portal's https:// URLs from the
// replica fixtures by request interception.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from '@playwright/test';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { isPortalUrl, portalResponse } from './portalRoutes';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
const GECKO_ID = 'csam-guide@tr-fpp.example.org';

type PageFn<A, R> = (arg: A) => R;

export interface PortalPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A real user click (mouse at the element's centre) that leads to another page. */
  clickAndNavigate(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  selectIndex(selector: string, index: number): Promise<void>;
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<Awaited<R>>;
  waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
  /** Of the viewport, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>;
  /** Evaluates in the first frame whose URL contains `urlPart`. */
  evaluateInFrame<A, R>(urlPart: string, fn: PageFn<A, R>, arg: A): Promise<Awaited<R>>;
  /** A real mouse click at viewport coordinates: what a user's click would hit. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Chromium only (Playwright): emulated media features. */
  emulateMedia(options: { forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference' }): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Makes this the active tab: background tabs get throttled timers and no animation frames. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface PortalBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<PortalPage>;
  /** The extension's popup page, opened in a tab. */
  openPopup(): Promise<PortalPage>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
  /** Extra pages to serve, by URL, on any host (one-off test pages, lookalike hosts). */
  extraPages: Record<string, string>;
  /** Every request the browser made since launch (Firefox: of the pages it opened for the portal). */
  requests: { url: string; navigation: boolean }[];
  /** Console messages of every page opened through newPage / openPopup. */
  consoleMessages: string[];
  /** Uncaught errors in those pages. */
  pageErrors: string[];
  /** The extension's own origin (chrome-extension://<id> or moz-extension://<uuid>). */
  extensionOrigin: string;
  /** Resolves with the URL of the next top-level navigation to a URL starting with `prefix` (e.g. a tab the extension opens). */
  nextNavigation(prefix: string): Promise<string>;
}

/** Chromium derives an unpacked extension's id from its absolute path. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

// ---------------------------------------------------------------- Chromium

class PlaywrightPage implements PortalPage {
  constructor(private page: PwPage) {}
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async clickAndNavigate(selector: string) {
    await Promise.all([this.page.waitForEvent('load'), this.page.click(selector)]);
  }
  async click(selector: string) {
    await this.page.click(selector);
  }
  async type(selector: string, text: string) {
    await this.page.locator(selector).pressSequentially(text);
  }
  async selectIndex(selector: string, index: number) {
    await this.page.locator(selector).selectOption({ index });
  }
  evaluate<A, R>(fn: PageFn<A, R>, arg: A) {
    return this.page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
  }
  async waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs = 10_000) {
    await this.page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
  }
  async screenshot(path: string, selector?: string) {
    if (selector) await this.page.locator(selector).first().screenshot({ path });
    else await this.page.screenshot({ path });
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close();
  }
  async evaluateInFrame<A, R>(urlPart: string, fn: PageFn<A, R>, arg: A): Promise<Awaited<R>> {
    const frame = this.page.frames().find((f) => f.url().includes(urlPart));
    if (!frame) throw new Error(`no frame with ${urlPart}`);
    return (await frame.evaluate(fn as never, arg)) as Awaited<R>;
  }
  async mouseClick(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async emulateMedia(options: { forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference' }) {
    await this.page.emulateMedia(options);
  }
  async setViewport(size: { width: number; height: number }) {
    await this.page.setViewportSize(size);
  }
}

class ChromiumPortal implements PortalBrowser {
  name = 'chromium' as const;
  extensionOrigin = `chrome-extension://${unpackedExtensionId(CHROME_BUILD)}`;
  extraPages: Record<string, string> = {};
  requests: { url: string; navigation: boolean }[] = [];
  consoleMessages: string[] = [];
  pageErrors: string[] = [];
  private context!: BrowserContext;
  private profile = mkdtempSync(join(tmpdir(), 'csam-chromium-'));

  async start() {
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 860 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    this.context.on('request', (r) => this.requests.push({ url: r.url(), navigation: r.isNavigationRequest() }));
    this.context.on('console', (m) => this.consoleMessages.push(`${m.type()}: ${m.text()}`));
    this.context.on('weberror', (e) => this.pageErrors.push(e.error().message));
    // Everything over the network is answered here or refused: nothing leaves the machine.
    await this.context.route(/^https?:\/\//, (route) => {
      const url = route.request().url();
      if (this.extraPages[url] === undefined && !isPortalUrl(url)) return route.abort('blockedbyclient');
      const res = portalResponse(url, this.extraPages);
      return route.fulfill({ status: res.status, contentType: res.contentType, body: res.body });
    });
    return this;
  }
  async newPage() {
    return new PlaywrightPage(await this.context.newPage());
  }
  async openPopup() {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${unpackedExtensionId(CHROME_BUILD)}/popup.html`);
    return new PlaywrightPage(page);
  }
  async restart() {
    await this.context.close();
    await this.start();
  }
  async nextNavigation(prefix: string) {
    // The request, not the tab: a tab opened by the extension may start loading
    // before Playwright's routing is attached to it.
    const request = await this.context.waitForEvent('request', (r) => r.isNavigationRequest() && r.url().startsWith(prefix));
    return request.url();
  }
  async close() {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- Firefox

class PuppeteerPage implements PortalPage {
  constructor(private page: PpPage) {}
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async clickAndNavigate(selector: string) {
    await Promise.all([this.page.waitForNavigation(), this.page.click(selector)]);
  }
  async click(selector: string) {
    await this.page.click(selector);
  }
  async type(selector: string, text: string) {
    await this.page.type(selector, text);
  }
  async selectIndex(selector: string, index: number) {
    const value = await this.page.$eval(selector, (el, i) => (el as HTMLSelectElement).options[i]!.value, index);
    await this.page.select(selector, value);
  }
  evaluate<A, R>(fn: PageFn<A, R>, arg: A) {
    return this.page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
  }
  async waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs = 10_000) {
    await this.page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
  }
  async screenshot(path: string, selector?: string) {
    const el = selector ? await this.page.$(selector) : null;
    await (el ?? this.page).screenshot({ path });
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close();
  }
  async evaluateInFrame<A, R>(urlPart: string, fn: PageFn<A, R>, arg: A): Promise<Awaited<R>> {
    const frame = this.page.frames().find((f) => f.url().includes(urlPart));
    if (!frame) throw new Error(`no frame with ${urlPart}`);
    return (await frame.evaluate(fn as never, arg)) as Awaited<R>;
  }
  async mouseClick(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async emulateMedia(): Promise<void> {
    throw new Error('media emulation is a Chromium-only test helper here');
  }
  async setViewport(size: { width: number; height: number }) {
    await this.page.setViewport(size);
  }
}

class FirefoxPortal implements PortalBrowser {
  name = 'firefox' as const;
  extraPages: Record<string, string> = {};
  requests: { url: string; navigation: boolean }[] = [];
  consoleMessages: string[] = [];
  pageErrors: string[] = [];
  private browser!: PpBrowser;
  private uuid = randomUUID();
  extensionOrigin = `moz-extension://${this.uuid}`;
  private profile = mkdtempSync(join(tmpdir(), 'csam-firefox-'));

  async start() {
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: this.profile,
      defaultViewport: { width: 1280, height: 860 },
      // Lets WebDriver BiDi open moz-extension:// pages (the popup).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // A known moz-extension:// origin for the popup.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: this.uuid }),
      },
    });
    await this.browser.installExtension(FIREFOX_BUILD);
    return this;
  }

  private async intercept(page: PpPage) {
    page.on('console', (m) => this.consoleMessages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => this.pageErrors.push(e instanceof Error ? e.message : String(e)));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      this.requests.push({ url, navigation: req.isNavigationRequest() });
      const ours = isPortalUrl(url) || this.extraPages[url] !== undefined;
      const answer = ours ? req.respond(portalResponse(url, this.extraPages)) : req.abort();
      answer.catch(() => undefined);
    });
  }

  async newPage() {
    const page = await this.browser.newPage();
    await this.intercept(page);
    return new PuppeteerPage(page);
  }

  async openPopup() {
    const page = await this.browser.newPage();
    const url = `moz-extension://${this.uuid}/popup.html`;
    // page.goto() never resolves for extension pages in Firefox (no load event
    // reaches BiDi), so navigate at the BiDi level and wait for the document.
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<unknown> } }).browsingContext;
    page.on('console', (m) => this.consoleMessages.push(`${m.type()}: ${m.text()}`));
    await context.navigate(url, 'complete');
    await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', {}, url);
    return new PuppeteerPage(page);
  }

  async restart() {
    // Same profile, same add-on id and moz-extension uuid: as after a real restart.
    await this.browser.close();
    await this.start();
  }

  async nextNavigation(prefix: string) {
    // Interception is per page in puppeteer, so a tab opened by the extension is
    // not served: it lands on Firefox's DNS error page, which names the URL it tried.
    const tried = (url: string) => (url.startsWith('about:neterror') ? (new URL(url).searchParams.get('u') ?? '') : url);
    const target = await this.browser.waitForTarget((t) => tried(t.url()).startsWith(prefix));
    return tried(target.url());
  }

  async close() {
    await this.browser.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export async function launchPortal(name: string): Promise<PortalBrowser> {
  if (name === 'firefox') return new FirefoxPortal().start();
  return new ChromiumPortal().start();
}
