/** The element our overlay lives in (see entrypoints/portal-guide/overlayHost.tsx): never part of the page we read. */
export const OVERLAY_TAG = 'csam-guide-overlay';
