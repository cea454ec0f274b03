// Small UI preferences shared by popup and pages (no personal data).
import { storage } from 'wxt/utils/storage';

/** The popup's language chosen by the user, or '' to follow the browser. */
export const popupLangItem = storage.defineItem<string>('local:popupLang', { fallback: '', version: 1 });

/** The journey the user chose in the popup (add or remove access); pages follow it. */
export const activeJourneyItem = storage.defineItem<string>('local:journey', { fallback: 'add-access', version: 1 });

/** Bumped by the popup's "Show the guide" button; pages that hid their card show it again. */
export const showGuideItem = storage.defineItem<number>('local:showGuide', { fallback: 0, version: 1 });
