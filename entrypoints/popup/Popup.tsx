import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist } from '../../components/Checklist';
import type { JourneyDef, Lang } from '../../guide/types';
import { doneCount, EMPTY_PROGRESS, togglePrerequisite, type JourneyProgress } from '../../lib/progress';
import { loadProgress, resetProgress, updateProgress, watchProgress } from '../../lib/progressStore';

interface Props {
  journey: JourneyDef;
  lang: Lang;
  t: TFunction;
}

/** csam.be's home in the user's language; the journey starts there. */
export const csamHome = (lang: Lang) => `https://www.csam.be/${lang}/index.html`;

export function Popup({ journey, lang, t }: Props) {
  const [progress, setProgress] = useState<JourneyProgress>(EMPTY_PROGRESS);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void loadProgress(journey).then(setProgress);
    return watchProgress(journey, setProgress);
  }, [journey]);

  const total = journey.steps.length + journey.prerequisites.length;
  const done = doneCount(progress, journey);

  const onPrerequisite = (id: string, ticked: boolean) =>
    void updateProgress(journey, (p) => togglePrerequisite(p, id, ticked)).then(setProgress);

  const openCsam = async () => {
    await browser.tabs.create({ url: csamHome(lang) });
    window.close();
  };

  const startAgain = async () => {
    await resetProgress(journey);
    setConfirming(false);
    setProgress(await loadProgress(journey));
  };

  return (
    <main class="popup">
      <h1>{t('popup.title')}</h1>
      <div class="progress">
        <div
          class="progress__bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-label={t('popup.progress', { done, total })}
          data-testid="progress"
        >
          <span style={{ width: `${Math.round((100 * done) / total)}%` }} />
        </div>
        <p class="progress__text">{t('popup.progress', { done, total })}</p>
      </div>
      {progress.finished ? <p class="finished">{t('popup.finished')}</p> : null}
      <Checklist journey={journey} progress={progress} t={t} onPrerequisite={onPrerequisite} />
      <div class="actions">
        <button type="button" class="primary" data-testid="open-csam" onClick={openCsam}>
          {t('popup.openCsam')}
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('popup.confirmStartAgain')}>
            <span>{t('popup.confirmStartAgain')}</span>
            <button type="button" data-testid="confirm-start-again" onClick={startAgain}>
              {t('popup.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('popup.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" data-testid="start-again" onClick={() => setConfirming(true)}>
            {t('popup.startAgain')}
          </button>
        )}
      </div>
      <p class="helpdesk">{t('popup.helpdesk')}</p>
    </main>
  );
}
