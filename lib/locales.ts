// The UI strings of the four languages, as written in locales/*.json: read by
// the popup's i18next (lib/i18n.ts) and, at build time, cut down to the
// overlay's strings/<lang>.json (wxt.config.ts).
import de from '../locales/de.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';

export const LOCALES = { fr, nl, de, en } as const;
