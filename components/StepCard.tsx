import type { TFunction } from 'i18next';
import type { CardPlacement } from '../lib/geometry';
import type { OverlayModel } from '../lib/overlayModel';

interface Props {
  model: OverlayModel;
  placement: CardPlacement;
  t: TFunction;
  onHide: () => void;
}

function placementStyle(p: CardPlacement): Record<string, string> {
  if (p.side === 'below') return { left: `${p.left}px`, top: `${p.top}px` };
  if (p.side === 'above') return { left: `${p.left}px`, bottom: `${p.bottom}px` };
  return p.corner === 'top' ? { right: '16px', top: '16px' } : { right: '16px', bottom: '16px' };
}

export function StepCard({ model, placement, t, onHide }: Props) {
  const finished = model.state === 'finished';
  return (
    <section
      class={`card card--${model.state}`}
      data-testid="step-card"
      data-step={model.stepId}
      data-state={model.state}
      aria-label={t('card.label')}
      style={placementStyle(placement)}
    >
      <header class="card__head">
        <span class="card__step">
          {finished ? t('card.finishedTitle') : t('card.stepOf', { n: model.stepNumber, total: model.total })}
        </span>
        <button type="button" class="card__close" data-testid="hide" aria-label={t('card.hide')} title={t('card.hide')} onClick={onHide}>
          ×
        </button>
      </header>
      <p class="card__sentence">{model.sentence}</p>
      {model.warning ? (
        <p class="card__warning" data-testid="warning" role="status">
          {model.warning}
        </p>
      ) : null}
      {model.state === 'not-found' && model.help ? <p class="card__help">{model.help}</p> : null}
      <div class="card__bar" aria-hidden="true">
        <span style={{ width: `${Math.round((100 * (finished ? model.total : model.stepNumber - 1)) / model.total)}%` }} />
      </div>
    </section>
  );
}
