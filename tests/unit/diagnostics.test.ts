import { describe, expect, it } from 'vitest';
import { ADD_ACCESS_JOURNEY as journey } from '../../guide/journey';
import { browserName, maskPath, pageDiagnostics } from '../../lib/diagnostics';
import { scanPage } from '../../lib/recognition/scanPage';
import { fixtureHtml, loadDocument, ROUTES } from '../support/fixtures';

describe('diagnostics', () => {
  it('masks digit runs in paths, which could be a national number', () => {
    expect(maskPath('/uman/fr/users/85073003328/edit')).toBe('/uman/fr/users/###########/edit');
    expect(maskPath('/site_fr/employer/applics/umoe/index.htm')).toBe('/site_fr/employer/applics/umoe/index.htm');
  });

  it('names the browser, not the whole user agent', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('Firefox 153');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('Chrome 156');
  });

  it('describes a page by host, masked path, language and scores, without its query or fields', () => {
    const route = ROUTES.find((r) => r.page === 'uman-add-user' && r.lang === 'fr')!;
    const url = `${route.url}?niss=85073003328#x`;
    const { doc } = loadDocument(fixtureHtml(route), url);
    (doc.querySelector('[data-expect="target"]') as HTMLInputElement).value = '85073003328';
    const report = pageDiagnostics(new URL(url), 'fr', scanPage(doc, new URL(url), journey), new Date('2026-11-24T10:00:00Z'));
    expect(report).toMatchObject({ host: 'www.socialsecurity.be', path: '/uman/fr/groups/employer/users/add', lang: 'fr', result: 'add-user/next', at: '2026-11-24T10:00' });
    expect(report.scores[0]).toEqual({ page: 'uman-add-user', score: expect.any(Number) });
    expect(JSON.stringify(report)).not.toMatch(/85073003328|niss=/);
  });
});
