// Our own layer on the page: a <csam-guide-overlay> element with an open shadow
// root, created only when there is something to show and removed when there is
// not. The page's own elements are never touched. (Built by hand rather than
// with WXT's createShadowRootUi: the same element in a few lines, without the
// anchoring helpers every journey page would load; issue 8.)
import type { Translate } from '../../lib/translate';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Overlay } from '../../components/Overlay';
import type { OverlayActions } from '../../lib/guideController';
import { OVERLAY_TAG } from '../../lib/overlayTag';
import { sameModel, type OverlayModel } from '../../lib/overlayModel';
import { keepOnTop, type TopLayerKeeper } from '../../lib/topLayer';

/** Our element, its shadow root (styles reset, then ours) and the container Preact renders into. */
function createLayer(doc: Document, css: string, onModal: (modal: Element | null) => void): { host: HTMLElement; container: HTMLElement; keeper: TopLayerKeeper } {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The page's inherited styles stop at our host.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Our own element only: a manual popover in the top layer, above the
  // portal's native dialogs and popovers (lib/topLayer.ts puts it after the body,
  // or inside the topmost modal dialog while one is open).
  host.setAttribute('popover', 'manual');
  return { host, container, keeper: keepOnTop(host, onModal) };
}

export function createOverlayHost(ctx: ContentScriptContext, t: Translate, css: string) {
  let layer: ReturnType<typeof createLayer> | null = null;
  let drawn: { model: OverlayModel; actions: OverlayActions } | null = null;

  const remove = () => {
    if (!layer) return;
    // Unmount Preact first so its listeners (scroll, resize) go with it.
    render(null, layer.container);
    layer.keeper.stop();
    layer.host.remove();
    layer = null;
    drawn = null;
  };
  ctx.onInvalidated(remove);

  const paint = () => {
    if (!layer || !drawn) return;
    const { model, actions } = drawn;
    render(<Overlay model={model} modal={layer.keeper.modal} t={t} actions={actions} />, layer.container);
  };

  return (model: OverlayModel | null, actions: OverlayActions) => {
    if (!model) return remove();
    // The page replaced its body (single-page apps do): build our layer again.
    if (layer && !layer.host.isConnected) remove();
    // A modal dialog opening or closing redraws: whether the target can be reached changed.
    if (!layer) layer = createLayer(document, css, paint);
    else layer.keeper.check();
    // A rescan that found the page as it was draws nothing new (busy pages rescan often).
    if (drawn && drawn.actions === actions && sameModel(model, drawn.model)) return;
    drawn = { model, actions };
    paint();
  };
}
