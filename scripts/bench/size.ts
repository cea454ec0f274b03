// Part 1 of the bench: what the extension ships (raw and gzip -9) next to the
// tour libraries and the extension's own dependencies, each bundled and
// minified here, in the same run, by the bundler the extension is built with
// (Vite 8 builds with Rolldown and minifies with Oxc).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { EXTRAS_MODULE_PATH } from '../../lib/extras';

export interface SizeRow {
  name: string;
  kind: 'extension' | 'library';
  /** What was measured (files of the build, or the npm entry that was bundled). */
  what: string;
  raw: number;
  gzip: number;
}

export const gzipSize = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function measureFiles(buildDir: string, name: string, files: string[]): SizeRow {
  const bufs = files.map((f) => readFileSync(join(buildDir, f)));
  // One gzip stream over the concatenation: what a single transfer/parse of these files costs.
  const all = Buffer.concat(bufs);
  return { name, kind: 'extension', what: files.join(' + ') || '(none)', raw: all.length, gzip: files.length ? gzipSize(all) : 0 };
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  web_accessible_resources?: (string | { resources: string[] })[];
}

/** The built extension: content script (+ chunks it may load), popup, background. */
export function extensionSizes(buildDir: string): SizeRow[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
  const rows: SizeRow[] = [];
  const contentJs = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const contentCss = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.css ?? []))];
  // Chunks a content script can import at run time must be web-accessible.
  const war = (manifest.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : w.resources));
  const importable = filesUnder(buildDir)
    .map((f) => relative(buildDir, f))
    .filter((f) => f.endsWith('.js') && !contentJs.includes(f) && war.some((pattern) => globMatch(pattern, f)));
  // The extras (lib/extras.ts) come only when the user asks for a page report
  // or has saved corrections: listed, not counted in what a journey page loads.
  const onDemandJs = importable.filter((f) => f === EXTRAS_MODULE_PATH.slice(1));
  const lazyJs = importable.filter((f) => !onDemandJs.includes(f));
  // The overlay's words: one strings/<lang>.json per page, the page's language
  // (read from the package by the content script); the largest one counts.
  const strings = filesUnder(join(buildDir, 'strings'))
    .map((f) => relative(buildDir, f))
    .filter((f) => f.endsWith('.json'))
    .map((f) => measureFiles(buildDir, `  ${f} (one per page)`, [f]))
    .sort((a, b) => b.gzip - a.gzip);
  const code = measureFiles(buildDir, 'content script JS', [...contentJs, ...lazyJs]);
  const words = strings[0];
  rows.push({
    name: 'content script JS + strings (journey page)',
    kind: 'extension',
    what: words ? `${code.what} + ${words.what.trim()} (largest language)` : code.what,
    raw: code.raw + (words?.raw ?? 0),
    gzip: code.gzip + (words?.gzip ?? 0),
  });
  for (const f of contentJs) rows.push(measureFiles(buildDir, `  ${f}`, [f]));
  for (const f of lazyJs) rows.push(measureFiles(buildDir, `  ${f} (imported by it after the load event)`, [f]));
  for (const f of onDemandJs) rows.push(measureFiles(buildDir, `  ${f} (on demand, not counted: a page report, saved corrections)`, [f]));
  rows.push(...strings);
  if (contentCss.length) rows.push(measureFiles(buildDir, 'content script CSS', contentCss));

  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popupHtml) {
    const html = readFileSync(join(buildDir, popupHtml), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')).filter((r) => existsSync(join(buildDir, r)));
    rows.push(measureFiles(buildDir, 'popup JS', refs.filter((r) => r.endsWith('.js'))));
    rows.push(measureFiles(buildDir, 'popup CSS', refs.filter((r) => r.endsWith('.css'))));
  }
  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);
  rows.push(measureFiles(buildDir, 'background JS', background));
  return rows;
}

function globMatch(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

/** npm packages bundled whole (every export kept) and minified, as IIFE like the content script. */
export const LIBRARIES: { name: string; entry: string }[] = [
  { name: 'driver.js', entry: 'driver.js' },
  { name: 'Shepherd (shepherd.js)', entry: 'shepherd.js' },
  { name: 'Intro.js (intro.js)', entry: 'intro.js' },
  { name: 'Preact (preact)', entry: 'preact' },
  { name: 'Preact hooks (preact/hooks)', entry: 'preact/hooks' },
  { name: 'i18next', entry: 'i18next' },
];

/** Bundles `input` (a file or a package name resolved from `cwd`) into one minified IIFE. */
export async function bundleIife(input: string, cwd: string, opts: { name?: string; external?: string[]; globals?: Record<string, string> } = {}): Promise<string> {
  const bundle = await rolldown({
    input,
    cwd,
    platform: 'browser',
    external: opts.external,
    logLevel: 'silent',
    transform: { define: { 'process.env.NODE_ENV': '"production"' }, jsx: { runtime: 'automatic', importSource: 'preact' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: opts.name, globals: opts.globals, minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export async function librarySizes(cwd: string): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const lib of LIBRARIES) {
    // preact/hooks imports preact: count only its own code, preact is its own row.
    const external = lib.entry === 'preact/hooks' ? ['preact'] : [];
    const code = await bundleIife(lib.entry, cwd, { name: 'benchLib', external, globals: { preact: 'preact' } });
    const version = packageVersion(cwd, lib.entry.split('/')[0]!);
    rows.push({ name: lib.name, kind: 'library', what: `${lib.entry}@${version}`, raw: Buffer.byteLength(code), gzip: gzipSize(code) });
  }
  return rows;
}

function packageVersion(cwd: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(cwd, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export interface ModuleCost {
  module: string;
  /** Bytes the module renders into the bundle before minification (rollup-plugin-visualizer's renderedLength). */
  rendered: number;
  share: number;
}

/**
 * What the content script (its loader and the guide's module it imports) is made of, from the raw-data stats WXT's
 * `--analyze` (rollup-plugin-visualizer) leaves next to a build: bytes per
 * module and per package, before minification.
 */
export function contentScriptComposition(statsFiles: string[], bundleNames = ['content-scripts/', 'portal-guide']): { modules: ModuleCost[]; groups: ModuleCost[] } {
  const perModule = new Map<string, number>();
  for (const file of statsFiles) {
    const stats = JSON.parse(readFileSync(file, 'utf8')) as {
      nodeParts: Record<string, { renderedLength: number }>;
      nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
    };
    for (const meta of Object.values(stats.nodeMetas)) {
      for (const [bundle, uid] of Object.entries(meta.moduleParts)) {
        if (!bundleNames.some((name) => bundle.startsWith(name))) continue;
        perModule.set(meta.id, (perModule.get(meta.id) ?? 0) + (stats.nodeParts[uid]?.renderedLength ?? 0));
      }
    }
  }
  const total = [...perModule.values()].reduce((a, b) => a + b, 0) || 1;
  const modules = [...perModule.entries()]
    .map(([module, rendered]) => ({ module, rendered, share: rendered / total }))
    .sort((a, b) => b.rendered - a.rendered);
  const groupOf = (id: string) => {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
    if (nm) return `npm:${nm[1]}`;
    // Virtual modules' ids start with a NUL byte (a Rollup convention): not for a table.
    const clean = id.replace(/^\0/, '');
    const dir = /^\/?([^/]+)\//.exec(clean);
    return dir ? `${dir[1]}/` : clean;
  };
  const perGroup = new Map<string, number>();
  for (const m of modules) perGroup.set(groupOf(m.module), (perGroup.get(groupOf(m.module)) ?? 0) + m.rendered);
  const groups = [...perGroup.entries()].map(([module, rendered]) => ({ module, rendered, share: rendered / total })).sort((a, b) => b.rendered - a.rendered);
  return { modules, groups };
}
