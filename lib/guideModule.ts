// The content script is split in two (issue 15): a loader of about 2 kB gzip
// that every portal page runs, and the guide itself, a module of the
// extension's package that the loader imports once the page has loaded.
// Compiling the guide then never delays the portal's load event. This is the
// contract between the two halves.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lang } from '../guide/types';
import type { LoadExtras } from './extras';
import { publish, published } from './isolatedExport';
import type { PageOutline } from './outline/outline';
import type { Strings } from './translate';

/** Where the guide's module is in the package (WXT's unlisted script `entrypoints/portal-guide`). */
export const GUIDE_MODULE_PATH = '/portal-guide.js';

/** The guide running on this page, as the loader sees it: what it answers for the popup. */
export interface RunningGuide {
  /** The page's outline for "Describe this page"; null before the guide has read the page. */
  describe(): Promise<PageOutline | null>;
}

/** The overlay's words for one language, as read from the package. */
export interface OverlayStringsFile {
  lang: Lang;
  strings: Strings;
}

/**
 * What the loader reads while the page is still loading (no main-thread cost
 * to speak of), so that the guide, compiled after the load event, finds it
 * ready instead of reading it then, one after the other.
 */
export interface EarlyReads {
  /** Everything the extension keeps in storage.local (progress, journey choice, corrections: a few kB). */
  storage: Promise<Record<string, unknown>>;
  /** null when the installation is damaged (no strings file readable). */
  strings: Promise<OverlayStringsFile | null>;
  /** Imports the outline and signature code when first needed (lib/extras.ts). */
  extras: LoadExtras;
}

export type StartGuideModule = (ctx: ContentScriptContext, early: EarlyReads) => RunningGuide;

/** The module's one export, set when it runs (lib/isolatedExport.ts); the loader calls it. */
const KEY = '__csamGuideStart';

export function exportGuide(start: StartGuideModule): void {
  publish(KEY, start);
}

export function importedGuide(): StartGuideModule | null {
  const start = published(KEY);
  return typeof start === 'function' ? (start as StartGuideModule) : null;
}
