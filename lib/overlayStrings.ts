// The strings the overlay (content script) shows: the card, step and
// end-of-journey texts, one language per page. The build writes them from
// locales/*.json to strings/<lang>.json (wxt.config.ts), and the content script
// reads the page's language from the extension's own files
// (entrypoints/portal.content/strings.ts): all four inside the content script
// would cost every journey page 5 kB gzip more (issue 8). The popup-only
// sections never reach a page.
import type { Strings } from './translate';

/** The top-level sections of locales/*.json that the overlay uses. */
export const OVERLAY_SECTIONS = ['card', 'steps', 'journeyDone', 'report', 'corrections'] as const;

/** Where the build puts one language's overlay strings, inside the extension. */
export const overlayStringsPath = (lang: string) => `strings/${lang}.json`;

/** The overlay's part of one locale file. */
export function overlayStrings(locale: Strings): Strings {
  return Object.fromEntries(OVERLAY_SECTIONS.map((section) => [section, locale[section] ?? {}]));
}
