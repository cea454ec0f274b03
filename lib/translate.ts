// The overlay's translator: the same locales/*.json and the same syntax as
// i18next ("a.b.c" keys, {{name}} placeholders, French as the fallback), in a
// few lines instead of i18next's 15 kB, because every journey page loads the
// content script (issue 8's size budget). The popup keeps i18next; a unit
// test proves both give the same text for every key in every language.
import { LANGS, type Lang } from '../guide/types';

/** A tree of UI strings, as in locales/*.json. */
export interface Strings {
  [key: string]: string | Strings;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const lookup = (strings: Strings | undefined, key: string): string | undefined => {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
};

/** Translates from `lang`'s strings, then French's, else returns the key (as i18next does). */
export function createTranslate(resources: Partial<Record<Lang, Strings>>, lang: Lang): Translate {
  return (key, vars) => {
    const text = lookup(resources[lang], key) ?? lookup(resources.fr, key) ?? key;
    if (!vars) return text;
    return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** The first of the candidates that we speak, else French (the guide's own language). */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    const code = (candidate ?? '').slice(0, 2).toLowerCase();
    if ((LANGS as readonly string[]).includes(code)) return code as Lang;
  }
  return 'fr';
}
