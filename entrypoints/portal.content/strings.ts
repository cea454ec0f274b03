// Reads the overlay's strings for the page's language from the extension's own
// package (strings/<lang>.json, written by the build). Nothing leaves the
// machine: the URL is the extension's (in Chrome a per-session one, so pages
// cannot probe for it; see wxt.config.ts).
import { browser } from 'wxt/browser';
import type { Lang } from '../../guide/types';
import { overlayStringsPath } from '../../lib/overlayStrings';
import { createTranslate, type Strings, type Translate } from '../../lib/translate';

async function read(lang: Lang): Promise<Strings> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/${overlayStringsPath(lang)}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Strings;
}

/** The page language's translator; French (the guide's own language) if that file cannot be read. */
export async function loadOverlayTranslate(lang: Lang): Promise<Translate> {
  try {
    return createTranslate({ [lang]: await read(lang) }, lang);
  } catch (error) {
    if (lang === 'fr') throw error;
    return createTranslate({ fr: await read('fr') }, 'fr');
  }
}
