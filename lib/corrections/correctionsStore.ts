// Where remembered corrections live: storage.local, in this browser only.
import { defineItem } from '../storageItem';
import { readCorrections, withCorrection, withoutCorrection, type Correction } from './corrections';

export const correctionsItem = defineItem<unknown>('corrections', []);

export async function loadCorrections(): Promise<Correction[]> {
  try {
    return readCorrections(await correctionsItem.getValue());
  } catch {
    return [];
  }
}

async function change(edit: (list: Correction[]) => Correction[]): Promise<Correction[]> {
  const next = edit(await loadCorrections());
  await correctionsItem.setValue(next);
  return next;
}

export const rememberCorrection = (correction: Correction) => change((list) => withCorrection(list, correction));
export const forgetCorrection = (sig: string, journey: string) => change((list) => withoutCorrection(list, sig, journey));
export const forgetAllCorrections = () => change(() => []);

export function watchCorrections(onChange: (list: Correction[]) => void): () => void {
  return correctionsItem.watch((value) => onChange(readCorrections(value)));
}
