// The strings the overlay (content script) shows: only the card, step and
// end-of-journey texts of each language. Vite turns each JSON top-level key
// into its own export, so the popup-only strings are left out of the bundle.
import type { Lang } from '../guide/types';
import { card as deCard, journeyDone as deDone, steps as deSteps } from '../locales/de.json';
import { card as enCard, journeyDone as enDone, steps as enSteps } from '../locales/en.json';
import { card as frCard, journeyDone as frDone, steps as frSteps } from '../locales/fr.json';
import { card as nlCard, journeyDone as nlDone, steps as nlSteps } from '../locales/nl.json';
import { createTranslate, type Strings, type Translate } from './translate';

/** The top-level sections of locales/*.json that the overlay uses. */
export const OVERLAY_SECTIONS = ['card', 'steps', 'journeyDone'] as const;

const OVERLAY_STRINGS: Record<Lang, Strings> = {
  fr: { card: frCard, steps: frSteps, journeyDone: frDone },
  nl: { card: nlCard, steps: nlSteps, journeyDone: nlDone },
  de: { card: deCard, steps: deSteps, journeyDone: deDone },
  en: { card: enCard, steps: enSteps, journeyDone: enDone },
};

export const overlayTranslate = (lang: Lang): Translate => createTranslate(OVERLAY_STRINGS, lang);
