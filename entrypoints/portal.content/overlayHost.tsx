// Our own layer on the page: a <csam-guide-overlay> element with an open shadow
// root (WXT's createShadowRootUi), created only when there is something to show
// and removed when there is not. The page's own elements are never touched.
import type { TFunction } from 'i18next';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import type { OverlayActions } from '../../lib/guideController';
import type { OverlayModel } from '../../lib/overlayModel';

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
    const othersOpen = modals.length > 0 || !!doc.querySelector('[popover]:popover-open:not(csam-guide-overlay)');
    if (open && !othersOpen) return;
    if (open) host.hidePopover();
    host.showPopover();
  } catch {
    // Older browsers or an unexpected state: the overlay still shows, only without the top layer.
  }
}

export function createOverlayHost(ctx: ContentScriptContext, t: TFunction, css: string) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<void> | null = null;
  let latest: { model: OverlayModel | null; actions: OverlayActions | null } = { model: null, actions: null };

  const paint = () => {
    const { model, actions } = latest;
    if (!model || !actions) {
      ui?.remove();
      ui = null;
      return;
    }
    if (ui && !ui.shadowHost.isConnected) {
      // The page replaced its body (single-page apps do): build our layer again.
      ui.remove();
      ui = null;
    }
    if (ui) {
      raise(ui.shadowHost);
      render(<Overlay model={model} t={t} actions={actions} />, ui.uiContainer);
      return;
    }
    creating ??= createShadowRootUi(ctx, {
      name: 'csam-guide-overlay',
      position: 'inline',
      anchor: 'body',
      css,
      onMount: (container) => container,
      // Unmount Preact first so its listeners (scroll, resize) go with it.
      onRemove: (container) => container && render(null, container),
    }).then((created) => {
      creating = null;
      ui = created;
      ui.mount();
      // Our own element only: in the top layer, the card stays above the
      // portal's native dialogs and popovers.
      ui.shadowHost.setAttribute('popover', 'manual');
      paint();
    });
  };

  return (model: OverlayModel | null, actions: OverlayActions) => {
    latest = { model, actions };
    paint();
  };
}
