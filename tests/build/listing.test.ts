// The store listing kit (store/listing/<lang>.md: front matter + the long
// description as its body) is complete in every language, within the stores'
// limits, and says what the manifest says.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JOURNEY_MATCHES } from '../../guide/hosts';
import { LANGS } from '../../guide/types';

const FIELDS = [
  'lang',
  'name',
  'summary',
  'categoryChrome',
  'categoryFirefox',
  'permissionStorage',
  'permissionHosts',
  'supportCsam',
  'supportSocialSecurity',
  'supportExtension',
] as const;

// The stores' own limits: Chrome Web Store name 75 / short description 132 /
// description 16 000 characters; addons.mozilla.org name 50 / summary 250.
const LIMITS = { name: 50, summary: 132, description: 16_000 };
// The dashboards' category lists: Chrome Web Store (group › category) and AMO (Firefox).
const CHROME_CATEGORIES = ['Productivity › Workflow & Planning', 'Productivity › Tools', 'Productivity › Education'];
const FIREFOX_CATEGORIES = ['Other', 'Web Development', 'Privacy & Security'];
const HOSTS = JOURNEY_MATCHES.map((m) => new URL(m.replace('/*', '/')).hostname);

/** `key: value` lines between the two `---`, then the body. */
function parseListing(text: string): { fields: Record<string, string>; description: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const at = line.indexOf(': ');
    if (at < 0) throw new Error(`not "key: value": ${line}`);
    const key = line.slice(0, at);
    if (key in fields) throw new Error(`${key} twice`);
    fields[key] = line.slice(at + 2).trim();
  }
  return { fields, description: m[2]!.trim() };
}

const manifestMessages = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe.each(LANGS)('store listing, %s', (lang) => {
  const { fields, description } = parseListing(readFileSync(`store/listing/${lang}.md`, 'utf8'));

  it('has every field, none empty, nothing else', () => {
    expect(Object.keys(fields).sort()).toEqual([...FIELDS].sort());
    for (const key of FIELDS) expect(fields[key], key).not.toBe('');
    expect(fields.lang).toBe(lang);
    expect(description.length).toBeGreaterThan(1500);
  });

  it('fits the stores’ limits', () => {
    expect(fields.name!.length).toBeLessThanOrEqual(LIMITS.name);
    expect(fields.summary!.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(CHROME_CATEGORIES).toContain(fields.categoryChrome);
    expect(FIREFOX_CATEGORIES).toContain(fields.categoryFirefox);
  });

  it('names and sums up the extension as its manifest does (Chrome shows the manifest’s)', () => {
    const messages = manifestMessages(lang);
    expect(fields.name).toBe(messages.extName!.message);
    expect(fields.summary).toBe(messages.extDescription!.message);
  });

  it('names every host it runs on, in the permission and in the description', () => {
    for (const host of HOSTS) {
      expect(fields.permissionHosts).toMatch(new RegExp(`(^|[ (])${host.replace(/\./g, '\\.')}\\b`));
      expect(description).toContain(host);
    }
    expect(HOSTS).toHaveLength(5);
  });

  it('gives the support contacts: CSAM helpdesk, the Contact Center’s number and hours, the project', () => {
    expect(fields.supportCsam).toContain(`https://www.csam.be/${lang}/contact.html`);
    expect(fields.supportSocialSecurity).toContain('02 511 51 51');
    expect(fields.supportSocialSecurity).toMatch(/\b7\b.*\b20\b/);
    expect(description).toContain('02 511 51 51');
    expect(description).toContain('CSAM');
  });

  it('has its four sections: what it does, what it never does, the permissions and why, help', () => {
    const headings = description.split('\n').filter((line) => /^[\p{Lu} ,'’]+$/u.test(line) && line.length > 3);
    expect(headings).toHaveLength(4);
    // Each section is a list: the stores show plain text, so bullets are characters.
    const sections = description.split(new RegExp(`^(?:${headings.join('|')})$`, 'm')).slice(1);
    for (const section of sections) expect(section.trim().startsWith('• ')).toBe(true);
  });
});

describe('store screenshots (made by npm run screenshots:store)', () => {
  const DIR = 'store/screenshots';
  /** Width, height and colour type from a PNG's IHDR chunk (2 = RGB, 6 = RGBA). */
  const png = (file: string) => {
    const b = readFileSync(`${DIR}/${file}`);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colour: b[25] };
  };
  const files = readdirSync(DIR).filter((f) => f.endsWith('.png'));

  it('has the Chrome Web Store set in French and Dutch: overlay and popup, 1280×800, 24-bit (no alpha, as the store asks)', () => {
    for (const lang of ['fr', 'nl']) {
      const mine = files.filter((f) => f.startsWith(`chrome-${lang}-`));
      expect(mine.some((f) => f.includes('overlay'))).toBe(true);
      expect(mine.some((f) => f.includes('popup'))).toBe(true);
    }
    for (const f of files.filter((f) => f.startsWith('chrome-'))) expect(png(f), f).toEqual({ width: 1280, height: 800, colour: 2 });
    expect(files.filter((f) => f.startsWith('chrome-')).length).toBeLessThanOrEqual(10); // 5 per language at most
  });

  it('has AMO screenshots at 1280×800 and the small promo tiles at 440×280', () => {
    const amo = files.filter((f) => f.startsWith('amo-'));
    expect(amo.length).toBeGreaterThan(0);
    for (const f of amo) expect(png(f), f).toMatchObject({ width: 1280, height: 800 });
    const tiles = files.filter((f) => f.startsWith('promo-tile-'));
    expect(tiles.length).toBeGreaterThan(0);
    for (const f of tiles) expect(png(f), f).toEqual({ width: 440, height: 280, colour: 2 });
    expect(files.every((f) => /^(chrome|amo|promo-tile)-/.test(f))).toBe(true);
  });
});
