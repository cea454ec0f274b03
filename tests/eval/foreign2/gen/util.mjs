import { C } from './common.mjs';
/** The application's side menu ("Features"), with optional overrides of labels. */
export function appSide(lang, { active = '', target = '', title, labels = {}, keys = ['home', 'users', 'managers', 'apps', 'groups', 'profile', 'help'] } = {}) {
  const a = { ...C[lang].app, ...labels };
  return { title: title ?? a.features, items: keys.map((k) => ({ label: a[k], href: `#/${k}`, active: k === active, target: k === target, value: k })) };
}
export const GENERIC_TITLE_ADF = 'socialsecurity.be - UMAN';
export const GENERIC_TITLE_MUI = 'socialsecurity.be';
