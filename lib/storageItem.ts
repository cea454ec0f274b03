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

export function defineItem<T>(key: string, fallback: T): StorageItem<T> {
  return {
    async getValue() {
      const found: Record<string, unknown> = await browser.storage.local.get(key);
      return (found[key] ?? fallback) as T;
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
