// The last journey page the guide looked at, for the helpdesk export. Holds
// only what lib/diagnostics.ts lets through (no field, no query string).
import { storage } from 'wxt/utils/storage';
import type { PageDiagnostics } from './diagnostics';

export const lastPageItem = storage.defineItem<PageDiagnostics | null>('local:lastPage', {
  fallback: null,
  version: 1,
});
