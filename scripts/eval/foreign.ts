// Pages written by hand, apart from this repository's recogniser, its replica
// pages and the generated corpus (tests/eval/foreign/README.md): other build
// styles (PrimeFaces, Angular Material, Bootstrap, table layouts, div soup)
// and wording of their own. Each case is in category `foreign-<build>`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from '../../tests/eval/corpus/types';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/eval/foreign');

interface ForeignEntry extends Omit<EvalCase, 'html' | 'category'> {
  file: string;
  build: string;
}

export function foreignCases(): EvalCase[] {
  const manifest = join(DIR, 'cases.json');
  if (!existsSync(manifest)) return [];
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as ForeignEntry[];
  return entries.map(({ file, build, ...entry }) => ({
    id: entry.id,
    journey: entry.journey,
    page: entry.page,
    category: `foreign-${build}`,
    lang: entry.lang,
    url: entry.url,
    html: readFileSync(join(DIR, file), 'utf8'),
    done: entry.done,
    ...(entry.inFrame ? { inFrame: true } : {}),
    expect: entry.expect,
  }));
}
