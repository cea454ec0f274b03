// Reads the overlay's strings for the page's language from the extension's own
// package (strings/<lang>.json, written by the build). Nothing leaves the
// machine: the URL is the extension's (in Chrome a per-session one, so pages
// cannot probe for it; see wxt.config.ts). The loader reads them while the
// page finishes loading, so the guide finds them ready (issue 15).
import { browser } from 'wxt/browser';
import type { Lang } from '../../guide/types';
import type { OverlayStringsFile } from '../../lib/guideModule';
import { overlayStringsPath } from '../../lib/overlayStrings';
import type { Strings } from '../../lib/translate';

async function read(lang: Lang): Promise<Strings> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${overlayStringsPath(lang)}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Strings;
}

/** The page language's strings; French (the guide's own language) if that file cannot be read; null if neither can. */
export async function readOverlayStrings(lang: Lang): Promise<OverlayStringsFile | null> {
  try {
    return { lang, strings: await read(lang) };
  } catch {
    if (lang === 'fr') return null;
    return read('fr').then(
      (strings) => ({ lang: 'fr' as const, strings }),
      () => null,
    );
  }
}
