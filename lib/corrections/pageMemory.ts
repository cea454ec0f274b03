// What one guide remembers of what the user told it (issue 16), for the page
// it runs on: recall an earlier answer about this page, keep a new one, forget
// it. The page's signature is read only when there is something to compare it
// with (or to keep): a user who never corrected the guide pays nothing.
import { findCorrection, withoutCorrection, type Correction } from './corrections';
import { pageSignature, type PageSignature } from './pageSignature';

export interface CorrectionStore {
  load: () => Promise<Correction[]>;
  remember: (correction: Correction) => void;
  forget: (sig: string, journey: string) => void;
  watch?: (onChange: (list: Correction[]) => void) => () => void;
}

export function pageMemory(doc: Document, journey: string, store: CorrectionStore | undefined) {
  let list: Correction[] = [];
  const signature = (): PageSignature | null => {
    try {
      return pageSignature(doc, new URL(doc.defaultView!.location.href));
    } catch {
      return null;
    }
  };
  return {
    /** Resolves once the stored corrections are read (never rejects). */
    loaded: store
      ? store.load().then(
          (stored) => {
            list = stored;
          },
          () => undefined,
        )
      : Promise.resolve(),
    /** Corrections changed elsewhere (another tab, the popup). */
    update(next: Correction[]) {
      list = next;
    },
    /** What the user told the guide about this page before, if anything. */
    recall(): Correction | undefined {
      if (!list.some((c) => c.journey === journey)) return undefined;
      const here = signature();
      return here ? findCorrection(list, here.key, journey) : undefined;
    },
    /** Keeps what the user just said about this page, when the page has enough of its own to be told apart. */
    remember(kind: Correction['kind'], step: string) {
      const here = store && signature();
      if (!here) return;
      store!.remember({ sig: here.key, journey, step, kind, where: here.where, words: here.words, at: new Date().toISOString().slice(0, 10) });
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
