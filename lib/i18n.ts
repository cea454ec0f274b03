// UI strings through i18next, bundled with the extension: no resource is ever
// fetched. Portal words (labels) are not here but in guide/labels.ts.
import i18next, { type TFunction } from 'i18next';
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import { LANGS, type Lang } from '../guide/types';

export const RESOURCES = { fr, nl, de, en } as const;

/** The first of the candidates that we speak, else French (the guide's own language). */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    const code = (candidate ?? '').slice(0, 2).toLowerCase();
    if ((LANGS as readonly string[]).includes(code)) return code as Lang;
  }
  return 'fr';
}

export function createTranslator(lang: Lang): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'fr',
    initAsync: false,
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, strings]) => [code, { translation: strings }])),
    // Preact escapes text; escaping here would double it.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
