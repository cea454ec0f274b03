import type { Translate } from '../lib/translate';
import { useEffect, useRef, useState } from 'preact/hooks';
import { placeCard, ringBox, spotlightPath, type Box } from '../lib/geometry';
import type { OverlayActions } from '../lib/guideController';
import type { OverlayModel } from '../lib/overlayModel';
import { StepCard } from './StepCard';
import { useElementBoxes } from './useElementBoxes';

interface Props {
  model: OverlayModel;
  /** The topmost modal dialog of the page, which makes everything outside it inert; null when none. */
  modal?: Element | null;
  t: Translate;
  actions: OverlayActions;
}

const CARD_WIDTH = 340;

/**
 * The whole layer: a dimmed spotlight with a hole, a ring around the target and
 * the step card. Nothing here takes pointer events except the card itself, so
 * the page stays fully usable underneath.
 */
export function Overlay({ model, modal = null, t, actions }: Props) {
  // Behind a modal dialog the target cannot be clicked (nor, often, seen): no
  // ring around it, and the card keeps clear of the dialog, which the user must
  // answer first. Otherwise: the target, and its other forms on the page, which
  // the card must not cover either.
  const blocked = !!modal && !!model.target && !modal.contains(model.target);
  const [target = null, ...others] = useElementBoxes(blocked ? [null, modal] : [model.target, ...model.avoid]);
  const cardRef = useRef<HTMLDivElement>(null);
  const [cardHeight, setCardHeight] = useState(160);
  // The card's height places it. A ResizeObserver reports it after the
  // browser's own layout (before paint), so no render forces a layout of the
  // portal's page. The card is always the same <section> element.
  useEffect(() => {
    const card = cardRef.current?.firstElementChild;
    if (!card) return;
    const resize = new ResizeObserver(([entry]) => {
      const h = entry?.borderBoxSize?.[0]?.blockSize ?? entry?.contentRect.height;
      if (h) setCardHeight((prev) => (Math.abs(h - prev) > 1 ? h : prev));
    });
    resize.observe(card);
    return () => resize.disconnect();
  }, []);
  const view = { width: window.innerWidth, height: window.innerHeight };
  const ring = target ? ringBox(target) : null;
  const avoid = others.filter((box): box is Box => box !== null);
  const placement = placeCard(ring, { width: CARD_WIDTH, height: cardHeight }, view, avoid);
  return (
    <div class="layer" data-avoid={avoid.length}>
      {ring ? (
        <>
          <svg class="spotlight" width={view.width} height={view.height} aria-hidden="true">
            <path d={spotlightPath(ring, view)} fill-rule="evenodd" />
          </svg>
          <div
            class="ring"
            data-testid="highlight"
            aria-hidden="true"
            style={{ left: `${ring.left}px`, top: `${ring.top}px`, width: `${ring.width}px`, height: `${ring.height}px` }}
          />
        </>
      ) : null}
      <div ref={cardRef}>
        <StepCard model={model} placement={placement} t={t} actions={actions} />
      </div>
      {/* Screen readers hear each new instruction once, politely, without focus moving. */}
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announce">
        {model.sentence}
      </div>
    </div>
  );
}
