// Progress and preferences go through lib/storageItem.ts (the browser's own
// storage.local, through WXT's fake browser here): fallbacks, the keys earlier
// versions used, watching, and progress kept or repaired as it was read.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADD_ACCESS_JOURNEY as journey, REMOVE_ACCESS_JOURNEY } from '../../guide/journey';
import { loadProgress, updateProgress } from '../../lib/progressStore';
import { defineItem, primeStorage } from '../../lib/storageItem';
import { activeJourneyItem } from '../../lib/uiState';

beforeEach(() => fakeBrowser.reset());

describe('defineItem', () => {
  it('gives the fallback until a value is stored, under the plain key WXT used', async () => {
    const item = defineItem<string>('journey', 'add-access');
    expect(await item.getValue()).toBe('add-access');
    await fakeBrowser.storage.local.set({ journey: 'remove-access' });
    expect(await item.getValue()).toBe('remove-access');
    await item.setValue('add-access');
    expect(await fakeBrowser.storage.local.get('journey')).toEqual({ journey: 'add-access' });
  });

  it('tells watchers of changes to its own key only, and stops when asked', async () => {
    const seen: number[] = [];
    const unwatch = defineItem<number>('showGuide', 0).watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ showGuide: 5 });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.remove('showGuide');
    unwatch();
    await fakeBrowser.storage.local.set({ showGuide: 9 });
    expect(seen).toEqual([5, 0]);
  });
});

describe('primeStorage (what the loader read before the guide started)', () => {
  it("answers each key's first read from the snapshot, later reads from storage", async () => {
    await fakeBrowser.storage.local.set({ journey: 'remove-access' });
    primeStorage(Promise.resolve({ journey: 'add-access', showGuide: 3 }));
    const journeyItem = defineItem<string>('journey', 'none');
    const missing = defineItem<string>('absent', 'fallback');
    expect(await journeyItem.getValue()).toBe('add-access');
    expect(await missing.getValue()).toBe('fallback');
    // The guide may have written meanwhile: storage now.
    expect(await journeyItem.getValue()).toBe('remove-access');
    expect(await defineItem<number>('showGuide', 0).getValue()).toBe(3);
    expect(await defineItem<number>('showGuide', 0).getValue()).toBe(0);
    primeStorage(null);
    expect(await defineItem<string>('other', 'fallback').getValue()).toBe('fallback');
    await fakeBrowser.storage.local.set({ other: 'stored' });
    expect(await defineItem<string>('other', 'fallback').getValue()).toBe('stored');
  });
});

describe('progress in storage', () => {
  it('keeps each journey apart and reads back what was written', async () => {
    await updateProgress(journey, (p) => ({ ...p, done: ['open-service'], lastStep: 'manage-access' }));
    expect((await loadProgress(journey)).done).toEqual(['open-service']);
    expect((await loadProgress(REMOVE_ACCESS_JOURNEY)).done).toEqual([]);
    expect(await activeJourneyItem.getValue()).toBe('add-access');
  });

  it('repairs damaged progress, keeps what is readable and says so', async () => {
    await fakeBrowser.storage.local.set({ progress: { 'add-access': { done: ['open-service', 42, 'no-such-step'], lastStep: 7 } } });
    const repaired = await loadProgress(journey);
    expect(repaired.done).toEqual(['open-service']);
    expect(repaired.repaired).toBe(true);
  });
});
