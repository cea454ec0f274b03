// Keeps our layer's host above everything the page puts in the browser's top
// layer — modal dialogs and their ::backdrop, popovers, a fullscreen element —
// and clickable while a modal dialog makes the rest of the page inert.
//
// - The top layer paints its elements in the order they were shown, whatever
//   their z-index: our host is a manual popover, shown again as soon as the
//   page shows something after it (in the same frame: a MutationObserver on the
//   `open` attribute and `beforetoggle` both answer in a microtask).
// - A modal dialog makes everything outside itself inert, a popover shown above
//   it included (a click on it lands on the dialog's backdrop), so while one is
//   open our host lives inside the topmost one, and goes back after.
//   The topmost is the one shown last, which is not the last in document order.
// - Otherwise the host is a child of <html>, after <body>: the top layer draws
//   it wherever it sits, and outside the body its coming and going does not
//   make the browser lay the page's body out again (10–20 ms on a 1 MB users
//   list, in most of the traced loads with the host in the body; issue 15).
// - Only our own element moves; the page's elements are never changed.

export interface TopLayerKeeper {
  /** Puts the host where it belongs now (cheap when nothing changed). */
  check(): void;
  /** The topmost modal dialog, which makes the rest of the page inert; null when none is open. */
  readonly modal: Element | null;
  stop(): void;
}

const isModal = (el: Element) => {
  try {
    return el.isConnected && el.matches(':modal');
  } catch {
    // A browser without :modal: an open dialog counts as modal.
    return el.isConnected && el.localName === 'dialog' && el.hasAttribute('open');
  }
};

/** The modal dialog (of `modals`) at the centre of the viewport: only the topmost one can be hit, the others are inert. */
function modalAtCentre(doc: Document, modals: Element[]): Element | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (let el = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2); el; el = el.parentElement) {
    if (modals.includes(el)) return el;
  }
  return null;
}

/** `onModal` is told when the topmost modal dialog changes (null: none open any more). */
export function keepOnTop(host: HTMLElement, onModal: (modal: Element | null) => void = () => undefined): TopLayerKeeper {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const popover = typeof host.showPopover === 'function';
  /** Open modal dialogs, in the order they were shown (the last is the topmost). */
  // (By tag: a selector with an attribute would match every element of a big page.)
  let opened: Element[] = Array.from(doc.getElementsByTagName('dialog')).filter(isModal);
  /** Dialogs we saw being shown: their order is known. Those open before we came are in document order. */
  const seen = new WeakSet<Element>();
  /** Something may have been shown in the top layer after our host. */
  let stale = true;
  let watchingRemovals = false;
  let stopped = false;
  let modal: Element | null = null;

  const place = () => {
    if (stopped) return;
    opened = opened.filter(isModal);
    let top = opened[opened.length - 1] ?? null;
    // Open before we came, in an order we cannot know: ask the page once which one is on top.
    if (top && opened.length > 1 && !seen.has(top)) {
      top = modalAtCentre(doc, opened) ?? top;
      opened = [...opened.filter((d) => d !== top), top];
      seen.add(top);
    }
    const home = top ?? doc.documentElement;
    const modalChanged = top !== modal;
    modal = top;
    if (host.parentNode !== home) {
      // Taking the host out of the document closes its popover: show it again.
      home.append(host);
      stale = true;
    }
    // While we live in a dialog, the page may take the dialog away with us in it.
    if (watchingRemovals !== (home !== doc.documentElement)) {
      watchingRemovals = home !== doc.documentElement;
      observe();
    }
    if (popover) {
      try {
        const open = host.matches(':popover-open');
        if (!open || stale) {
          if (open) host.hidePopover();
          host.showPopover();
          stale = false;
        }
      } catch {
        // An unexpected state: the overlay still shows, only without the top layer.
      }
    }
    if (modalChanged) onModal(top);
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type !== 'attributes') continue;
      const el = record.target as Element;
      if (el.localName !== 'dialog' || !isModal(el)) continue;
      // Shown (again): now the topmost.
      opened = opened.filter((d) => d !== el);
      opened.push(el);
      seen.add(el);
      stale = true;
    }
    place();
  };
  // The content script's own constructor where there is one (Firefox keeps page
  // and extension worlds apart); the document's window otherwise (tests).
  const Observer: typeof MutationObserver | undefined = globalThis.MutationObserver ?? (view as (typeof globalThis) | null)?.MutationObserver;
  const observer = Observer ? new Observer(onMutations) : null;
  // Only `open` attributes, anywhere: nothing is recorded for the page's other
  // changes. Removals are watched only while our host is inside a dialog.
  const observe = () =>
    observer?.observe(doc.documentElement, { attributes: true, attributeFilter: ['open'], subtree: true, childList: watchingRemovals });

  // Popovers announce themselves synchronously (`beforetoggle`, which does not
  // bubble: caught on the way down); we look once the page's script has shown them.
  let queued = false;
  const onShow = (event: Event) => {
    const el = event.target as Element;
    // Our own popover, a closing, or a dialog (the observer sees those, in the order shown).
    if (el === host || (event as ToggleEvent).newState === 'closed' || el.localName === 'dialog') return;
    stale = true;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      place();
    });
  };
  const listen = { capture: true, passive: true } as const;
  doc.addEventListener('beforetoggle', onShow, listen);
  doc.addEventListener('fullscreenchange', onShow, listen);

  observe();
  place();
  return {
    check: place,
    get modal() {
      return modal;
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      doc.removeEventListener('beforetoggle', onShow, listen);
      doc.removeEventListener('fullscreenchange', onShow, listen);
    },
  };
}
