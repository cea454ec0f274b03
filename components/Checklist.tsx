import type { Translate } from '../lib/translate';
import type { JourneyDef } from '../guide/types';
import { nextStepId, type JourneyProgress } from '../lib/progress';
import { stepPosition } from '../lib/stepPosition';

interface Props {
  journey: JourneyDef;
  progress: JourneyProgress;
  t: Translate;
  onPrerequisite: (id: string, ticked: boolean) => void;
  /** A step done away from the portal (the new manager's first login), ticked by the user. */
  onStep?: (id: string, ticked: boolean) => void;
  /** "Not done yet? Guide me": switch to the journey that walks a prerequisite. */
  onGuide?: (journeyId: string) => void;
}

/** Prerequisites (ticked by the user) then the portal steps (ticked by evidence). */
export function Checklist({ journey, progress, t, onPrerequisite, onStep, onGuide }: Props) {
  const current = nextStepId(progress, journey);
  return (
    <div class="checklist">
      <h2>{t('popup.before')}</h2>
      <ul class="items">
        {journey.prerequisites.map((p) => {
          const done = progress.prerequisites.includes(p.id);
          return (
            <li key={p.id} class={`item item--prerequisite ${done ? 'item--done' : ''}`} data-testid="checklist-item" data-step={p.id} data-done={String(done)}>
              <label class="item__label">
                <input type="checkbox" checked={done} onChange={(e) => onPrerequisite(p.id, e.currentTarget.checked)} />
                <span>
                  <span class="item__title">{t(`prerequisites.${p.id}.title`)}</span>
                  <span class="item__detail">{t(`prerequisites.${p.id}.detail`)}</span>
                  {p.notes?.map((note) => (
                    <span key={note} class="item__detail">
                      {t(`prerequisites.${p.id}.${note}`)}
                    </span>
                  ))}
                </span>
              </label>
              {p.guidedBy && !done && onGuide ? (
                <button type="button" class="link item__guide" data-testid="guide-me" data-journey={p.guidedBy} onClick={() => onGuide(p.guidedBy!)}>
                  {t('popup.guideMe')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h2>{t('popup.onPortal')}</h2>
      <ol class="items">
        {journey.steps.map((s, i) => {
          const done = progress.done.includes(s.id);
          const skipped = !done && (progress.skipped ?? []).includes(s.id);
          const isCurrent = s.id === current;
          const state = done ? 'done' : skipped ? 'skipped' : isCurrent ? 'current' : 'next';
          return (
            <li
              key={s.id}
              class={`item item--${state}`}
              data-testid="checklist-item"
              data-step={s.id}
              data-done={skipped ? 'skipped' : String(done)}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span class="item__mark" aria-hidden="true">
                {done ? '✓' : skipped ? '–' : stepPosition(journey, i).n}
              </span>
              {s.manual && onStep ? (
                // Nothing on the portal shows it: the user's word, like a prerequisite.
                <label class="item__title">
                  <input type="checkbox" data-testid="tick-step" checked={done} onChange={(e) => onStep(s.id, e.currentTarget.checked)} /> {t(`steps.${s.id}.title`)}
                </label>
              ) : (
                <span class="item__title">
                  {t(`steps.${s.id}.title`)}
                  {skipped ? <span class="item__detail">{t('popup.stateSkipped')}</span> : null}
                </span>
              )}
              <span class="visually-hidden">
                {' '}
                ({t(`popup.state${state[0]!.toUpperCase()}${state.slice(1)}`)})
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
