// What one guide remembers of what the user told it (issue 16), for the page
// it runs on: recall an earlier answer about this page, keep a new one, forget
// it. The page's signature is read only when there is something to compare it
// with (or to keep): a user who never corrected the guide pays nothing, not
// even the signature code's compiling (it comes with the extras, lib/extras.ts).
import type { Extras, LoadExtras } from '../extras';
import { findCorrection, withoutCorrection, type Correction } from './corrections';
import type { PageSignature } from './pageSignature';

export interface CorrectionStore {
  load: () => Promise<Correction[]>;
  remember: (correction: Correction) => void;
  forget: (sig: string, journey: string) => void;
  watch?: (onChange: (list: Correction[]) => void) => () => void;
}

export function pageMemory(doc: Document, journey: string, store: CorrectionStore | undefined, loadExtras: LoadExtras | undefined) {
  let list: Correction[] = [];
  let extras: Extras | null = null;
  const signature = (): PageSignature | null => {
    if (!extras) return null;
    try {
      return extras.pageSignature(doc, new URL(doc.defaultView!.location.href));
    } catch {
      return null;
    }
  };
  /** The signature code, imported once there is a correction of this journey to compare pages with. */
  const ready = (): Promise<boolean> => {
    if (extras) return Promise.resolve(true);
    if (!loadExtras) return Promise.resolve(false);
    return loadExtras().then(
      (loaded) => {
        extras = loaded;
        return true;
      },
      () => false,
    );
  };
  const mine = () => list.some((c) => c.journey === journey);
  return {
    /** Resolves once the stored corrections are read, and the signature code with them when needed (never rejects). */
    loaded: store
      ? store.load().then(
          async (stored) => {
            list = stored;
            if (mine()) await ready();
          },
          () => undefined,
        )
      : Promise.resolve(),
    /** Corrections changed elsewhere (another tab, the popup); resolves when they can be used. */
    async update(next: Correction[]) {
      list = next;
      if (mine()) await ready();
    },
    /** What the user told the guide about this page before, if anything. */
    recall(): Correction | undefined {
      if (!mine()) return undefined;
      const here = signature();
      return here ? findCorrection(list, here.key, journey) : undefined;
    },
    /**
     * Keeps what the user just said about this page, when the page has enough
     * of its own to be told apart. The signature is read once the code is
     * there (at once when it already is; the page is the same a moment later).
     */
    remember(kind: Correction['kind'], step: string) {
      if (!store) return;
      void ready().then(() => {
        const here = signature();
        if (!here) return;
        store.remember({ sig: here.key, journey, step, kind, where: here.where, words: here.words, at: new Date().toISOString().slice(0, 10) });
      });
    },
    /** "This page is different": what was kept about it goes. */
    forget() {
      const here = store && list.length > 0 ? signature() : null;
      if (!here) return;
      store!.forget(here.key, journey);
      list = withoutCorrection(list, here.key, journey);
    },
  };
}
