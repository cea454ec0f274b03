// The last journey page the guide looked at, for the helpdesk export. Holds
// only what lib/diagnostics.ts lets through (no field, no query string).
import { defineItem } from './storageItem';
import type { PageDiagnostics } from './diagnostics';

export const lastPageItem = defineItem<PageDiagnostics | null>('lastPage', null);
