// Checks the foreign2 evaluation set: node tests/eval/foreign2/validate.mjs
// Exit code 1 on any error; warnings are printed but do not fail.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const STEPS = {
  'add-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp'],
  'remove-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp'],
  'designate-main-manager': ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account'],
};
const NO_TARGET_PAGES = new Set(['idp-login', 'designate-login']);
const KINDS = new Set(['step', 'finish', 'none', 'error', 'expired']);
const LANGS = new Set(['fr', 'nl', 'de', 'en']);
const HOSTS = new Set(['www.csam.be', 'csam.be', 'www.socialsecurity.be', 'idp.iamfas.belgium.be', 'iamapps.belgium.be']);
const errors = []; const warnings = [];
const err = (id, m) => errors.push(`${id}: ${m}`); const warn = (id, m) => warnings.push(`${id}: ${m}`);

let cases;
try { cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8')); } catch (e) { console.error('cases.json does not parse:', e.message); process.exit(1); }
if (!Array.isArray(cases)) { console.error('cases.json is not an array'); process.exit(1); }

const seen = new Set();
for (const c of cases) {
  const id = c.id ?? '(no id)';
  for (const k of ['id', 'file', 'journey', 'page', 'lang', 'url', 'done', 'expect', 'build', 'note']) if (c[k] === undefined) err(id, `missing ${k}`);
  if (seen.has(id)) err(id, 'duplicate id'); seen.add(id);
  if (!/^f2-[a-z0-9-]+$/.test(id)) err(id, 'id should look like f2-<page>-<lang>-<build>-<n>');
  const steps = STEPS[c.journey];
  if (!steps) { err(id, `unknown journey ${c.journey}`); continue; }
  if (!LANGS.has(c.lang)) err(id, `bad lang ${c.lang}`);
  if (c.inFrame !== undefined && c.inFrame !== true) err(id, 'inFrame must be true or absent');
  let u; try { u = new URL(c.url); } catch { err(id, `bad url ${c.url}`); }
  if (u && (u.protocol !== 'https:' || !HOSTS.has(u.hostname))) err(id, `url not https on a journey host: ${c.url}`);
  if (u && /^(idp-login|designate-login|expired-idp|error-idp)$/.test(c.page) && u.hostname !== 'idp.iamfas.belgium.be') err(id, 'federal login page not on idp.iamfas.belgium.be');
  if (u && /^(uman-|ss-)/.test(c.page) && u.hostname !== 'www.socialsecurity.be') err(id, 'social-security page not on www.socialsecurity.be');
  if (u && /^(csam-|designate-csam-home|designate-service)/.test(c.page) && !/csam\.be$/.test(u.hostname)) err(id, 'csam page not on csam.be');
  // expectation and done
  const ex = c.expect ?? {};
  if (!KINDS.has(ex.kind)) err(id, `bad expect.kind ${ex.kind}`);
  if (ex.kind === 'step' && !steps.includes(ex.step)) err(id, `step ${ex.step} is not a step of ${c.journey}`);
  if (!Array.isArray(c.done)) err(id, 'done is not an array');
  else {
    for (const s of c.done) if (!steps.includes(s)) err(id, `done has ${s}, not a step of ${c.journey}`);
    const prefix = steps.slice(0, c.done.length);
    if (c.done.join() !== prefix.join()) err(id, `done is not the journey's walk in order: ${c.done.join(',')}`);
    if (ex.kind === 'step' && c.done.join() !== steps.slice(0, steps.indexOf(ex.step)).join()) {
      if (c.page !== 'uman-menu-frame') err(id, `done should be every step before ${ex.step}`);
    }
    if (ex.kind === 'finish') {
      const want = c.journey === 'designate-main-manager' ? steps.slice(0, -1) : steps;
      if (c.done.join() !== want.join()) err(id, 'finish: done should hold every step (designation: up to confirm-designation)');
    }
    if (ex.kind === 'step' && c.done.includes(ex.step)) err(id, 'expected step is already done');
  }
  // the document
  const f = join(here, c.file ?? '');
  if (!c.file || !existsSync(f)) { err(id, `file missing: ${c.file}`); continue; }
  if (c.file !== `pages/${id}.html`) warn(id, `file name differs from id: ${c.file}`);
  const html = readFileSync(f, 'utf8');
  if (!/^<!DOCTYPE html>/i.test(html)) warn(id, 'no doctype');
  const n = (html.match(/\sdata-eval-target(?=[\s>=\/])/g) || []).length;
  const wantTarget = ex.kind === 'step' && !NO_TARGET_PAGES.has(c.page);
  if (wantTarget && n !== 1) err(id, `expects step ${ex.step}: needs exactly one data-eval-target, found ${n}`);
  if (!wantTarget && n !== 0) err(id, `must have no data-eval-target (found ${n})`);
  // no external resources
  const ext = [
    [/<script\b[^>]*\bsrc\s*=/i, '<script src>'],
    [/<link\b[^>]*\brel\s*=\s*["']?(?:stylesheet|preload|modulepreload|icon|import)/i, '<link> to a resource'],
    [/<(?:img|iframe|frame|source|video|audio|embed|object|input)\b[^>]*\b(?:src|data|srcset)\s*=\s*["']?(?:https?:)?\/\//i, 'element loading a remote resource'],
    [/@import\b/i, '@import'],
    [/url\(\s*["']?(?:https?:)?\/\//i, 'CSS url() to another host'],
  ];
  for (const [re, what] of ext) if (re.test(html)) err(id, `external resource: ${what}`);
  if (/<(?:img|iframe|frame)\b[^>]*\bsrc\s*=\s*["']?\/(?!\/)/i.test(html)) warn(id, 'root-relative src (would be fetched from the page host)');
  // no shadow DOM
  if (/shadowroot(?:mode)?\s*=|attachShadow|shadowrootclonable/i.test(html)) err(id, 'shadow root');
  // <html lang> (a few pages are meant to have it wrong or missing: warn only)
  const m = html.match(/<html\b[^>]*?\blang="([^"]*)"/i);
  if (!m) warn(id, 'no lang on <html> (intended?)');
  else if (m[1].slice(0, 2).toLowerCase() !== c.lang) warn(id, `<html lang="${m[1]}"> differs from case lang ${c.lang} (intended?)`);
  // duplicate ids in the document
  const ids = {}; for (const [, v] of html.matchAll(/\sid="([^"]+)"/g)) ids[v] = (ids[v] || 0) + 1;
  const dup = Object.keys(ids).filter((k) => ids[k] > 1);
  if (dup.length) warn(id, `duplicate element ids: ${dup.slice(0, 5).join(', ')}`);
}

for (const w of warnings) console.log('warning', w);
for (const e of errors) console.log('ERROR', e);
const count = (f) => cases.reduce((m, c) => ((m[f(c)] = (m[f(c)] || 0) + 1), m), {});
console.log(`\n${cases.length} cases; ${errors.length} errors; ${warnings.length} warnings`);
console.log('journeys', count((c) => c.journey));
console.log('langs', count((c) => c.lang));
console.log('builds', count((c) => c.build));
console.log('expect', count((c) => (c.expect.kind === 'step' ? `step:${c.expect.step}` : c.expect.kind)));
process.exit(errors.length ? 1 : 0);
