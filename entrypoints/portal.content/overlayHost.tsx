// Our own layer on the page: a <csam-guide-overlay> element with an open shadow
// root (WXT's createShadowRootUi), created only when there is something to show
// and removed when there is not. The page's own elements are never touched.
import type { TFunction } from 'i18next';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import type { OverlayModel } from '../../lib/overlayModel';

export function createOverlayHost(ctx: ContentScriptContext, t: TFunction, css: string) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<void> | null = null;
  let latest: { model: OverlayModel | null; onHide: () => void } = { model: null, onHide: () => undefined };

  const paint = () => {
    const { model, onHide } = latest;
    if (!model) {
      ui?.remove();
      ui = null;
      return;
    }
    if (ui) {
      render(<Overlay model={model} t={t} onHide={onHide} />, ui.uiContainer);
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
      paint();
    });
  };

  return (model: OverlayModel | null, onHide: () => void) => {
    latest = { model, onHide };
    paint();
  };
}
