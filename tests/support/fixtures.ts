// Loads the replica portal pages (tests/fixtures/portal) into a DOM with their
// real URL, for the unit tests. The same files are served to real browsers by
// the e2e tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export interface Route {
  page: string;
  lang: string;
  url: string;
  file: string;
  step: string | null;
  walk: boolean;
  /** For variants: what this page varies. */
  note?: string;
  /** For branch pages: the journey they belong to. */
  journey?: string;
}

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'portal');
/** The replica pages the journey walks through (FR and NL). */
export const ROUTES: Route[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'routes.json'), 'utf8'));
/** Other shapes of the same pages (links vs buttons vs rows, labels, languages…), for unit tests. */
export const VARIANTS: Route[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'variants.json'), 'utf8'));
export const ALL_PAGES: Route[] = [...ROUTES, ...VARIANTS];
/** Pages of the branches: an existing account, and taking access away (each names its journey). */
export const BRANCHES: Route[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'branches.json'), 'utf8'));
/** Pages of the designation of the main access manager (issue 17; guesses: nobody could see them). */
export const DESIGNATE: Route[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'designate.json'), 'utf8'));

export function fixtureHtml(route: Pick<Route, 'file'>): string {
  return readFileSync(join(FIXTURES_DIR, route.file), 'utf8');
}

/** A document for `html` at `url`, with a window, styles and layout-free visibility. */
export function loadDocument(html: string, url: string): { doc: Document; window: Window; url: URL } {
  const window = new Window({ url, width: 1280, height: 900, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigator: { userAgent: 'vitest' } } });
  window.document.write(html);
  return { doc: window.document as unknown as Document, window, url: new URL(url) };
}
