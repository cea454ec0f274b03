// Our own layer on the page: a <csam-guide-overlay> element with an open shadow
// root, created only when there is something to show and removed when there is
// not. The page's own elements are never touched. (Built by hand rather than
// with WXT's createShadowRootUi: the same element in a few lines, without the
// anchoring helpers every journey page would load; issue 8.)
import type { Translate } from '../../lib/translate';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Overlay } from '../../components/Overlay';
import { OVERLAY_TAG, type OverlayActions } from '../../lib/guideController';
import { sameModel, type OverlayModel } from '../../lib/overlayModel';

/**
 * Puts our host in the top layer, and back on top when a dialog or popover
 * opened after it (the last shown element of the top layer is drawn above the
 * others). While a modal dialog is open, everything outside it is inert, so our
 * host lives inside the topmost one, and goes back to the body after.
 */
function raise(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    const doc = host.ownerDocument;
    const modals = Array.from(doc.querySelectorAll('dialog[open]')).filter((d) => d.matches(':modal'));
    const home = modals[modals.length - 1] ?? doc.body;
    if (home && host.parentElement !== home) home.append(host);
    const open = host.matches(':popover-open');
    const othersOpen = modals.length > 0 || !!doc.querySelector(`[popover]:popover-open:not(${OVERLAY_TAG})`);
    if (open && !othersOpen) return;
    if (open) host.hidePopover();
    host.showPopover();
  } catch {
    // Older browsers or an unexpected state: the overlay still shows, only without the top layer.
  }
}

/** Our element, its shadow root (styles reset, then ours) and the container Preact renders into. */
function createLayer(doc: Document, css: string): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The page's inherited styles stop at our host.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, container };
}

export function createOverlayHost(ctx: ContentScriptContext, t: Translate, css: string) {
  let layer: { host: HTMLElement; container: HTMLElement } | null = null;
  let drawn: { model: OverlayModel; actions: OverlayActions } | null = null;

  const remove = () => {
    if (!layer) return;
    // Unmount Preact first so its listeners (scroll, resize) go with it.
    render(null, layer.container);
    layer.host.remove();
    layer = null;
    drawn = null;
  };
  ctx.onInvalidated(remove);

  return (model: OverlayModel | null, actions: OverlayActions) => {
    if (!model) return remove();
    // The page replaced its body (single-page apps do): build our layer again.
    if (layer && !layer.host.isConnected) remove();
    if (!layer) {
      layer = createLayer(document, css);
      (document.body ?? document.documentElement).append(layer.host);
      // Our own element only: in the top layer, the card stays above the
      // portal's native dialogs and popovers.
      layer.host.setAttribute('popover', 'manual');
    }
    raise(layer.host);
    // A rescan that found the page as it was draws nothing new (busy pages rescan often).
    if (drawn && drawn.actions === actions && sameModel(model, drawn.model)) return;
    drawn = { model, actions };
    render(<Overlay model={model} t={t} actions={actions} />, layer.container);
  };
}
