import type { Translate } from '../lib/translate';
import type { JourneyDef } from '../guide/types';
import type { Correction } from '../lib/corrections/corrections';
import { stepPosition } from '../lib/stepPosition';

interface Props {
  journey: JourneyDef;
  corrections: readonly Correction[];
  t: Translate;
  onForget: (correction: Correction) => void;
  onForgetAll: () => void;
}

/** What the guide remembers of pages the user told it about (issue 16), each forgettable. Nothing when there is none. */
export function RememberedPages({ journey, corrections, t, onForget, onForgetAll }: Props) {
  const mine = corrections.filter((c) => c.journey === journey.id && journey.steps.some((s) => s.id === c.step));
  if (mine.length === 0) return null;
  const answer = (c: Correction) => {
    const index = journey.steps.findIndex((s) => s.id === c.step);
    const n = stepPosition(journey, index).n;
    return c.kind === 'done' ? t('corrections.done', { n }) : t('corrections.here', { n, title: t(`steps.${c.step}.title`) });
  };
  return (
    <section class="corrections" data-testid="corrections" aria-labelledby="corrections-title">
      <p class="corrections__title" id="corrections-title">
        {t('corrections.title')}
      </p>
      <ul>
        {mine.map((c) => (
          <li key={c.sig} data-testid="correction" data-step={c.step}>
            <span>
              <span class="corrections__where">{c.words || c.where}</span> — {answer(c)}
            </span>
            <button type="button" class="link" data-testid="forget-correction" onClick={() => onForget(c)}>
              {t('corrections.forget')}
            </button>
          </li>
        ))}
      </ul>
      {mine.length > 1 ? (
        <button type="button" class="link" data-testid="forget-all-corrections" onClick={onForgetAll}>
          {t('corrections.forgetAll')}
        </button>
      ) : null}
    </section>
  );
}
