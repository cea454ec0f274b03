// One value in storage.local, read with a fallback and watched for changes.
// A few lines over the browser's own API rather than @wxt-dev/storage, which
// (with its helpers) was 8 % of the content script that every journey page
// loads (issue 8). Keys are the ones WXT's "local:<key>" items used, so
// progress saved by earlier versions is read as before.
import { browser } from 'wxt/browser';

export interface StorageItem<T> {
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value (or the fallback) whenever another page or the popup changes it. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * storage.local as the content script's loader read it just after the page loaded
 * (lib/guideModule.ts): each key's first read is answered from it, later reads
 * from storage itself (by then the guide may have written).
 */
let primed: { all: Promise<Record<string, unknown>>; used: Set<string> } | null = null;

/** Everything the extension keeps (a few kB), for primeStorage; {} when storage cannot be read. */
export function readAllStorage(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null).catch(() => ({}));
}

/** `all` holds every key (storage.local.get(null)): a key it lacks was not stored. null: no snapshot. */
export function primeStorage(all: Promise<Record<string, unknown>> | null): void {
  primed = all && { all, used: new Set() };
}

async function read(key: string): Promise<unknown> {
  if (primed && !primed.used.has(key)) {
    primed.used.add(key);
    return (await primed.all)[key];
  }
  const found: Record<string, unknown> = await browser.storage.local.get(key);
  return found[key];
}

export function defineItem<T>(key: string, fallback: T): StorageItem<T> {
  return {
    async getValue() {
      return ((await read(key)) ?? fallback) as T;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback((changes[key]!.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
