// The overlay's translator as the content script builds it, from the same
// locale files the build turns into strings/<lang>.json.
import type { Lang } from '../../guide/types';
import { RESOURCES } from '../../lib/i18n';
import { overlayStrings } from '../../lib/overlayStrings';
import { createTranslate, type Translate } from '../../lib/translate';

export const overlayTranslate = (lang: Lang): Translate => createTranslate({ [lang]: overlayStrings(RESOURCES[lang]) }, lang);
