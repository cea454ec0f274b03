// Writes pages/<id>.html and cases.json from gen/*.mjs. Light: pure string building, one pass.
// Usage: node tests/eval/foreign2/generate.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRE } from './gen/pages-pre.mjs';
import { UMAN } from './gen/pages-uman.mjs';
import { DMM } from './gen/pages-dmm.mjs';
import { OTHER } from './gen/pages-other.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const STEPS = {
  'add-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp'],
  'remove-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp'],
  'designate-main-manager': ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account'],
};
function doneFor(d) {
  if (d.done) return d.done;
  const s = STEPS[d.journey];
  if (d.expect.kind === 'step') return s.slice(0, s.indexOf(d.expect.step));
  if (d.expect.kind === 'finish') return d.journey === 'designate-main-manager' ? s.slice(0, s.indexOf('activate-account')) : s.slice();
  throw new Error(`${d.id}: done needed for ${d.expect.kind}`);
}
const all = [...PRE, ...UMAN, ...DMM, ...OTHER];
mkdirSync(join(here, 'pages'), { recursive: true });
const cases = all.map((d) => {
  writeFileSync(join(here, 'pages', `${d.id}.html`), d.html());
  const c = { id: d.id, file: `pages/${d.id}.html`, journey: d.journey, page: d.page, lang: d.lang, url: d.url, done: doneFor(d) };
  if (d.inFrame) c.inFrame = true;
  Object.assign(c, { expect: d.expect, build: d.build, note: d.note });
  return c;
});
writeFileSync(join(here, 'cases.json'), JSON.stringify(cases, null, 2) + '\n');
console.log(`${cases.length} cases written`);
