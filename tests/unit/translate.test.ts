// The overlay's small translator must say exactly what i18next says with the
// same files: same text for every key the overlay can ask for, in every
// language, with and without placeholders filled.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../guide/types';
import { createTranslator, RESOURCES } from '../../lib/i18n';
import { OVERLAY_SECTIONS } from '../../lib/overlayStrings';
import { overlayTranslate } from '../support/translate';
import { createTranslate, pickLang } from '../../lib/translate';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const vars = { n: 3, total: 9, label: 'Utilisateurs', title: 'Titre', done: 2 };

describe('overlay translator', () => {
  it.each(LANGS)('%s: gives i18next’s text for every overlay key, with and without values', (lang) => {
    const reference = createTranslator(lang);
    const t = overlayTranslate(lang);
    const overlayKeys = keys(RESOURCES.fr).filter((k) => (OVERLAY_SECTIONS as readonly string[]).includes(k.split('.')[0]!));
    expect(overlayKeys.length).toBeGreaterThan(40);
    for (const key of overlayKeys) {
      expect(t(key, vars), key).toBe(reference(key, vars));
      expect(t(key), key).toBe(reference(key));
    }
  });

  it('covers every key the overlay code asks for (card, steps, journeyDone)', () => {
    const t = overlayTranslate('nl');
    expect(t('card.stepOf', { n: 2, total: 9 })).toBe(RESOURCES.nl.card.stepOf.replace('{{n}}', '2').replace('{{total}}', '9'));
    expect(t('journeyDone.add-access')).toBe(RESOURCES.nl.journeyDone['add-access']);
    // Popup-only sections are not shipped to pages: the key comes back, as i18next does for a missing key.
    expect(t('popup.title')).toBe('popup.title');
  });

  it('falls back to French, then to the key; leaves unknown placeholders alone only when no values are given', () => {
    const t = createTranslate({ fr: { a: { b: 'Bonjour {{name}}', only: 'seulement fr' } }, nl: { a: { b: 'Hallo {{name}}' } } }, 'nl');
    expect(t('a.b', { name: 'Ann' })).toBe('Hallo Ann');
    expect(t('a.only')).toBe('seulement fr');
    expect(t('a.missing')).toBe('a.missing');
    expect(t('a')).toBe('a');
    expect(t('a.b.c')).toBe('a.b.c');
  });

  it('picks the first language it speaks, else French', () => {
    expect(pickLang('nl-BE', 'en')).toBe('nl');
    expect(pickLang('', undefined, 'DE-de')).toBe('de');
    expect(pickLang('it', 'es')).toBe('fr');
  });
});
