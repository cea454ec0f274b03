import { LANGS, type Labels } from '../../guide/types';
import { normalise } from './text';

const cache = new WeakMap<Labels, string[]>();

/** All the wordings of a label group, in every language, normalised once. */
export function normalisedLabels(labels: Labels): string[] {
  let list = cache.get(labels);
  if (!list) {
    list = [...new Set(LANGS.flatMap((lang) => labels[lang].map(normalise)))].filter(Boolean);
    cache.set(labels, list);
  }
  return list;
}

/** The wording to show the user: the page's language first, then French. */
export function labelFor(labels: Labels, lang: string): string {
  const key = (LANGS as readonly string[]).includes(lang) ? (lang as keyof Labels) : 'fr';
  return labels[key][0] ?? labels.fr[0] ?? '';
}
