// The hosts the journey crosses (PORTAL.md, "Hosts and pages"). Only these get the
// content script; the manifest's host access is derived from this list and nothing wider.
export const JOURNEY_HOSTS = [
  'www.csam.be',
  'csam.be',
  'www.socialsecurity.be',
  'idp.iamfas.belgium.be',
  'iamapps.belgium.be',
] as const;

export const JOURNEY_MATCHES = JOURNEY_HOSTS.map((host) => `https://${host}/*`);

export function isJourneyHost(hostname: string): boolean {
  return (JOURNEY_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

/**
 * Is a tab the genuine portal? Without the `tabs` permission the browser only
 * tells the popup the URL of tabs on the journey's hosts: no URL means another site.
 */
export function isPortalTab(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isJourneyHost(u.hostname);
  } catch {
    return false;
  }
}
