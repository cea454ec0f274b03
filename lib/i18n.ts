// The popup's UI strings through i18next, bundled with the extension: no
// resource is ever fetched. Portal words (labels) are not here but in
// guide/labels.ts. The overlay uses lib/translate.ts over the same files.
import i18next from 'i18next';
import { LOCALES } from './locales';
import type { Lang } from '../guide/types';
import type { Translate } from './translate';

export { pickLang } from './translate';

export const RESOURCES = LOCALES;

export function createTranslator(lang: Lang): Translate {
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
  return (key, vars) => instance.t(key, vars ?? {});
}
