// A look at the corpus: `npx tsx tests/eval/corpus/sample.ts [seed]`
// prints counts per page × category × language and writes 10 random cases'
// HTML to /tmp/corpus-sample/.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, wordingSetOf } from './generate.ts';
import { makeRng } from './transforms.ts';

const seedArg = process.argv[2];
const seed = seedArg ? Number(seedArg) : undefined;
const t0 = performance.now();
const cases = generateCorpus({ set: 'all', seed });
const ms = performance.now() - t0;

const langs = ['fr', 'nl', 'de', 'en'] as const;
const table = new Map<string, Record<string, number>>();
for (const c of cases) {
  const key = `${c.page} × ${c.category}`;
  const row = table.get(key) ?? { fr: 0, nl: 0, de: 0, en: 0 };
  row[c.lang] = (row[c.lang] ?? 0) + 1;
  table.set(key, row);
}
const width = Math.max(...[...table.keys()].map((k) => k.length));
console.log(`${'page × category'.padEnd(width)}  ${langs.map((l) => l.padStart(3)).join(' ')}`);
for (const [k, row] of [...table.entries()].sort()) console.log(`${k.padEnd(width)}  ${langs.map((l) => String(row[l] ?? 0).padStart(3)).join(' ')}`);

const byCategory = new Map<string, number>();
const byExpect = new Map<string, number>();
const bySet = new Map<string, number>();
for (const c of cases) {
  byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
  const ex = c.expect.kind === 'step' ? `step:${c.expect.step}` : c.expect.kind;
  byExpect.set(ex, (byExpect.get(ex) ?? 0) + 1);
  const s = wordingSetOf(c.id);
  bySet.set(s, (bySet.get(s) ?? 0) + 1);
}
console.log('\nper category:', Object.fromEntries(byCategory));
console.log('per expectation:', Object.fromEntries(byExpect));
console.log('per wording set:', Object.fromEntries(bySet));
console.log(`total: ${cases.length} cases in ${ms.toFixed(0)} ms`);

// sanity: unique ids, one target at most, targets only where a step is expected
const ids = new Set(cases.map((c) => c.id));
if (ids.size !== cases.length) console.error('DUPLICATE IDS');
let problems = 0;
for (const c of cases) {
  const targets = c.html.split('data-eval-target').length - 1;
  // the federal login (on any journey) has nothing to click for the user
  const wantsTarget = c.expect.kind === 'step' && c.page !== 'idp-login' && c.page !== 'designate-login';
  if (targets > 1 || (wantsTarget && targets !== 1) || (!wantsTarget && targets !== 0)) {
    problems++;
    if (problems <= 10) console.error(`target count ${targets} in ${c.id} (${JSON.stringify(c.expect)})`);
  }
}
console.log(problems === 0 ? 'targets: ok' : `targets: ${problems} problem(s)`);

const dir = '/tmp/corpus-sample';
mkdirSync(dir, { recursive: true });
const rng = makeRng(Date.now() >>> 0);
for (let i = 0; i < 10; i++) {
  const c = rng.pick(cases);
  const file = join(dir, `${c.id.replace(/\//g, '__')}.html`);
  const meta = `<!-- ${c.id} | ${c.url} | journey ${c.journey} | done [${c.done.join(', ')}] | expect ${JSON.stringify(c.expect)}${c.inFrame ? ' | inFrame' : ''} -->\n`;
  writeFileSync(file, meta + c.html);
  console.log('wrote', file);
}
