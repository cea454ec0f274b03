// Sanity checks for the foreign evaluation set. Run: node tests/eval/foreign/validate.mjs
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const STEPS = {
  'add-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp'],
  'remove-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp'],
  'designate-main-manager': ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account'],
};
const NO_TARGET_PAGES = new Set(['idp-login', 'designate-login']);
const cases = JSON.parse(readFileSync(join(root, 'cases.json'), 'utf8'));
const errors = [];
const ids = new Set();
const count = (k) => cases.reduce((m, c) => ((m[k(c)] = (m[k(c)] || 0) + 1), m), {});
for (const c of cases) {
  const e = (m) => errors.push(`${c.id}: ${m}`);
  if (ids.has(c.id)) e('duplicate id'); ids.add(c.id);
  for (const k of ['id', 'file', 'journey', 'page', 'lang', 'url', 'done', 'expect', 'build', 'note']) if (c[k] === undefined) e(`missing ${k}`);
  if (!STEPS[c.journey]) { e(`bad journey ${c.journey}`); continue; }
  if (!['fr', 'nl', 'de', 'en'].includes(c.lang)) e(`bad lang ${c.lang}`);
  if (!/^https:\/\/(www\.csam\.be|www\.socialsecurity\.be|idp\.iamfas\.belgium\.be|iamapps\.belgium\.be)\//.test(c.url)) e(`unexpected host ${c.url}`);
  for (const s of c.done) if (!STEPS[c.journey].includes(s)) e(`done has unknown step ${s}`);
  // done must be a prefix of the journey's steps
  if (c.done.some((s, i) => STEPS[c.journey][i] !== s)) e('done is not a prefix of the journey');
  const path = join(root, c.file);
  if (!existsSync(path)) { e(`missing file ${c.file}`); continue; }
  const html = readFileSync(path, 'utf8');
  const n = (html.match(/\sdata-eval-target[\s>=]/g) || []).length;
  const k = c.expect?.kind;
  if (!['step', 'finish', 'error', 'expired', 'none'].includes(k)) e(`bad expect ${JSON.stringify(c.expect)}`);
  if (k === 'step') {
    const s = c.expect.step;
    if (!STEPS[c.journey].includes(s)) e(`step ${s} not in ${c.journey}`);
    else if (c.done.length !== STEPS[c.journey].indexOf(s)) e(`done should be every step before ${s}`);
    const want = NO_TARGET_PAGES.has(c.page) ? 0 : 1;
    if (n !== want) e(`expected ${want} data-eval-target, found ${n}`);
  } else if (n !== 0) e(`expected no data-eval-target, found ${n}`);
  if (k === 'finish') {
    const full = c.journey === 'designate-main-manager' ? STEPS[c.journey].slice(0, -1) : STEPS[c.journey];
    if (c.done.join() !== full.join()) e('finish must have every step done');
  }
  if (/<script\b[^>]*\bsrc=|<link\b[^>]*href="https?:|shadowroot/i.test(html)) e('external resource or shadow root');
  if (!/^<!DOCTYPE/i.test(html) || !/<\/html>\s*$/.test(html)) e('not a whole document');
  const langAttr = (html.match(/<html[^>]*\blang="([^"]+)"/) || [])[1];
  if (langAttr !== c.lang) console.log(`note: ${c.id} has <html lang=${langAttr ?? '(none)'}> (case lang ${c.lang})`);
}
console.log(`${cases.length} cases`);
console.log('journey', count((c) => c.journey));
console.log('lang', count((c) => c.lang));
console.log('build', count((c) => c.build));
console.log('expect', count((c) => (c.expect.kind === 'step' ? c.expect.step : c.expect.kind)));
console.log('page', count((c) => c.page));
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('OK');
