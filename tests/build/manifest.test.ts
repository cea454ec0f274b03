// Reads the two built manifests (run after `npm run build`): the permissions a
// store reviewer sees must be exactly what the guide needs, and nothing more.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JOURNEY_MATCHES } from '../../guide/hosts';
import { LANGS } from '../../guide/types';
import { RESOURCES } from '../../lib/i18n';
import { OVERLAY_SECTIONS, overlayStrings } from '../../lib/overlayStrings';

const BUILDS = { chrome: '.output/chrome-mv3/manifest.json', firefox: '.output/firefox-mv2/manifest.json' } as const;

function manifest(path: string) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const sorted = (list: string[]) => [...list].sort();

describe.each(Object.entries(BUILDS))('%s manifest', (browser, path) => {
  const m = manifest(path);

  it('asks for storage only, and host access to the five journey hosts only', () => {
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts).toHaveLength(1);
    expect(sorted(m.content_scripts[0].matches)).toEqual(sorted(JOURNEY_MATCHES));
    for (const pattern of m.content_scripts[0].matches) expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });

  it('exposes nothing a page could probe for, and runs no background code', () => {
    if (browser === 'chrome') {
      // The overlay's strings and the guide's and extras' modules only (what the content
      // script reads from the package), on the journey hosts only, at a per-session URL.
      expect(m.web_accessible_resources).toEqual([{ resources: ['strings/*.json', 'portal-guide.js', 'portal-extras.js'], matches: JOURNEY_MATCHES, use_dynamic_url: true }]);
    } else {
      expect(m.web_accessible_resources ?? []).toEqual([]);
    }
    expect(m.background).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('forbids remote code and connections from its pages', () => {
    const csp: string = browser === 'chrome' ? m.content_security_policy.extension_pages : m.content_security_policy;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('has its icons in every size, bundled', () => {
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(m.icons[size]).toBe(`icon/${size}.png`);
      expect(existsSync(path.replace('manifest.json', `icon/${size}.png`))).toBe(true);
    }
    expect((m.action ?? m.browser_action).default_icon['16']).toBe('icon/16.png');
  });

  it('has a localised name and description', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      const messages = manifest(path.replace('manifest.json', `_locales/${lang}/messages.json`));
      expect(messages.extName.message.length).toBeGreaterThan(0);
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('firefox manifest', () => {
  it('declares its add-on id and that it collects no data', () => {
    const m = manifest(BUILDS.firefox);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe.each(Object.entries(BUILDS))('%s overlay strings', (_browser, path) => {
  it.each(LANGS)('strings/%s.json holds exactly the overlay sections of the locale file', (lang) => {
    const file = path.replace('manifest.json', `strings/${lang}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(overlayStrings(RESOURCES[lang]));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual([...OVERLAY_SECTIONS].sort());
  });
});
