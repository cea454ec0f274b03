// Serves the replica portal (tests/fixtures/portal) at the real https:// URLs,
// for both browsers' request interception. Unknown URLs get a plain 404 page,
// like a real site would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESIGNATE, FIXTURES_DIR, ROUTES, type Route } from '../../support/fixtures';

export const PORTAL_HOSTS = ['www.csam.be', 'csam.be', 'www.socialsecurity.be', 'idp.iamfas.belgium.be', 'iamapps.belgium.be'];

export interface PortalResponse {
  status: number;
  contentType: string;
  body: string;
}

// The designation's pages are on the way of their own journey (served at their URLs too).
const walkRoutes = [...ROUTES, ...DESIGNATE].filter((r) => r.walk);

/** Full URL (without hash) first, then the path alone: form posts drop the query. */
export function findRoute(url: string): Route | undefined {
  const u = new URL(url);
  const noHash = `${u.origin}${u.pathname}${u.search}`;
  return walkRoutes.find((r) => r.url === noHash) ?? walkRoutes.find((r) => new URL(r.url).origin + new URL(r.url).pathname === u.origin + u.pathname);
}

export function portalResponse(url: string, extra: Record<string, string> = {}): PortalResponse {
  if (extra[url] !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body: extra[url]! };
  const route = findRoute(url);
  if (!route) return { status: 404, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><title>404</title><h1>Page introuvable</h1></html>' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES_DIR, route.file), 'utf8') };
}

export function isPortalUrl(url: string): boolean {
  try {
    return PORTAL_HOSTS.includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function routeUrl(page: string, lang: string): string {
  const route = [...ROUTES, ...DESIGNATE].find((r) => r.page === page && r.lang === lang);
  if (!route) throw new Error(`no fixture ${page}/${lang}`);
  return route.url;
}
