// Small UI preferences shared by popup and pages (no personal data).
import { defineItem } from './storageItem';

/** The popup's language chosen by the user, or '' to follow the browser. */
export const popupLangItem = defineItem<string>('popupLang', '');

/** The journey the user chose in the popup (add or remove access, designate the main access manager); pages follow it. */
export const activeJourneyItem = defineItem<string>('journey', 'add-access');

/** Bumped by the popup's "Show the guide" button; pages that hid their card show it again. */
export const showGuideItem = defineItem<number>('showGuide', 0);
