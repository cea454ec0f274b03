import type { Translate } from '../lib/translate';
import type { OverlayActions } from '../lib/guideController';
import type { CardPlacement } from '../lib/geometry';
import type { OverlayModel } from '../lib/overlayModel';
import { PageReportView } from './PageReportView';

interface Props {
  model: OverlayModel;
  placement: CardPlacement;
  t: Translate;
  actions: OverlayActions;
}

function placementStyle(p: CardPlacement): Record<string, string> {
  return p.anchor === 'bottom' ? { left: `${p.left}px`, bottom: `${p.bottom}px` } : { left: `${p.left}px`, top: `${p.top}px` };
}

function heading(model: OverlayModel, t: Translate): string {
  if (model.state === 'finished') return t('card.finishedTitle');
  if (model.state === 'unsure' || model.state === 'detour' || model.state === 'expired') return t('card.label');
  return t('card.stepOf', { n: model.stepNumber, total: model.total });
}

/** The help panel: where to look, and ways out that never act on the page. */
function HelpPanel({ model, t, actions }: Omit<Props, 'placement'>) {
  return (
    <div class="card__panel" data-testid="help-panel" id="csam-guide-help">
      {model.help ? <p class="card__help">{model.help}</p> : null}
      <div class="card__actions">
        <button type="button" data-testid="mark-done" onClick={actions.markDone}>
          {t('card.markDone')}
        </button>
        {model.canGoBack ? (
          <button type="button" data-testid="go-back" onClick={actions.goBack}>
            {t('card.goBack')}
          </button>
        ) : null}
        <button type="button" data-testid="rescan" onClick={actions.rescan}>
          {t('card.rescan')}
        </button>
        {model.report ? null : (
          <button type="button" data-testid="describe-page" onClick={actions.describe}>
            {t('report.describe')}
          </button>
        )}
      </div>
      {model.report ? <PageReportView report={model.report} t={t} onClose={actions.closeReport} /> : null}
      <p class="card__helpdesk">{t('card.helpdesk')}</p>
    </div>
  );
}

export function StepCard({ model, placement, t, actions }: Props) {
  const isStep = model.state === 'found' || model.state === 'not-found' || model.state === 'explain';
  return (
    <section
      class={`card card--${model.state}`}
      data-testid="step-card"
      data-step={model.stepId}
      data-state={model.state}
      data-side={placement.side}
      aria-label={t('card.label')}
      style={placementStyle(placement)}
      // Esc hides the card; only keys pressed inside the card reach this, never the portal's fields.
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.hide();
      }}
    >
      <header class="card__head">
        <span class="card__step">{heading(model, t)}</span>
        <button type="button" class="card__close" data-testid="hide" aria-label={t('card.hide')} title={t('card.hide')} onClick={actions.hide}>
          ×
        </button>
      </header>
      <p class="card__sentence">{model.sentence}</p>
      {model.warning ? (
        <p class="card__warning" data-testid="warning" role="status">
          {model.warning}
        </p>
      ) : null}
      {model.note ? (
        <p class="card__note" data-testid="note">
          {model.note}
        </p>
      ) : null}
      {model.choices.length > 0 ? (
        <ul class="card__choices">
          {model.choices.map((c) => (
            <li key={c.stepIndex}>
              <button type="button" data-testid="choice" data-step-index={c.stepIndex} onClick={() => actions.choose(c.stepIndex)}>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {isStep ? (
        <button
          type="button"
          class="card__toggle"
          data-testid="cant-find"
          aria-expanded={model.helpOpen}
          aria-controls="csam-guide-help"
          onClick={actions.toggleHelp}
        >
          {t('card.cantFind')}
        </button>
      ) : null}
      {isStep && model.helpOpen ? <HelpPanel model={model} t={t} actions={actions} /> : null}
      {model.stepNumber > 0 ? (
        <div class="card__bar" aria-hidden="true">
          <span style={{ width: `${Math.round((100 * (model.state === 'finished' ? model.total : model.stepNumber - 1)) / model.total)}%` }} />
        </div>
      ) : null}
    </section>
  );
}
