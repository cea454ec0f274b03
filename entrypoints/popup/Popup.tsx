import type { Translate } from '../../lib/translate';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist } from '../../components/Checklist';
import { LANGS, type JourneyDef, type Lang } from '../../guide/types';
import { activeJourneyItem, popupLangItem, showGuideItem } from '../../lib/uiState';
import { stepPosition } from '../../lib/stepPosition';

/** Each language in its own words, as language pickers should. */
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };
import { doneCount, EMPTY_PROGRESS, tickStep, togglePrerequisite, type JourneyProgress } from '../../lib/progress';
import { loadProgress, resetProgress, updateProgress, watchProgress } from '../../lib/progressStore';
import { DiagnosticsExport } from '../../components/DiagnosticsExport';
import { isPortalTab } from '../../guide/hosts';
import { DESCRIBE, PING } from '../../lib/ping';
import { PageReportView } from '../../components/PageReportView';
import { RememberedPages } from '../../components/RememberedPages';
import type { Correction } from '../../lib/corrections/corrections';
import { forgetAllCorrections, forgetCorrection, loadCorrections, watchCorrections } from '../../lib/corrections/correctionsStore';
import type { PageOutline } from '../../lib/outline/outline';
import { pageReport, type PageReport } from '../../lib/outline/report';
import { browserName, formatDiagnostics } from '../../lib/diagnostics';
import { lastPageItem } from '../../lib/diagnosticsStore';

/**
 * The tab the user is looking at: the active one when we are a real popup;
 * when the popup page is open in a tab of its own (tests, some screen
 * readers' workflows), the tab used just before it.
 */
async function pageTab() {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/**
 * Is that tab the genuine portal? Without the `tabs` permission the browser
 * does not tell us its address, so we ask our content script there: it only
 * runs on the journey's hosts over https, so an answer is the proof.
 */
async function isOnPortal(): Promise<boolean> {
  const answer = await askTab<{ host?: string }>(PING);
  return isPortalTab(answer?.host ? `https://${answer.host}/` : undefined);
}

/** Asks our content script in the user's tab; null when none answers (another site, no tab). */
async function askTab<T>(message: unknown): Promise<T | null> {
  try {
    const tab = await pageTab();
    if (tab?.id === undefined) return null;
    return ((await browser.tabs.sendMessage(tab.id, message)) as T | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The outline of the page in the tab, built by our content script there (its top frame); null when it is not there. */
const describeTab = () => askTab<PageOutline>(DESCRIBE);

interface Props {
  journeys: readonly JourneyDef[];
  lang: Lang;
  t: Translate;
}

/** csam.be's home in the user's language; the journey starts there. */
export const csamHome = (lang: Lang) => `https://www.csam.be/${lang}/index.html`;


export function Popup({ journeys, lang, t }: Props) {
  const [journeyId, setJourneyId] = useState(journeys[0]!.id);
  const journey = journeys.find((j) => j.id === journeyId) ?? journeys[0]!;
  const [progress, setProgress] = useState<JourneyProgress>(EMPTY_PROGRESS);
  const [confirming, setConfirming] = useState(false);
  const [onPortal, setOnPortal] = useState(true);
  const [saveFailed, setSaveFailed] = useState(false);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  /** "Describe this page": undefined before it is asked, null when the tab has no guide. */
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);

  useEffect(() => {
    void activeJourneyItem.getValue().then(setJourneyId, () => undefined);
    void isOnPortal().then(setOnPortal);
    void loadCorrections().then(setCorrections);
    return watchCorrections(setCorrections);
  }, []);

  const describe = async () => {
    const outline = await describeTab();
    setReport(outline ? pageReport(outline, t) : null);
  };

  useEffect(() => {
    void loadProgress(journey).then(setProgress);
    return watchProgress(journey, setProgress);
  }, [journey]);

  const chooseJourney = (id: string) => {
    setJourneyId(id);
    void activeJourneyItem.setValue(id).catch(() => setSaveFailed(true));
  };

  /** Writes a change; says so when storage refuses it (full, broken) instead of failing silently. */
  const save = (change: (p: JourneyProgress) => JourneyProgress) =>
    updateProgress(journey, change).then(
      (next) => {
        setSaveFailed(false);
        setProgress(next);
      },
      () => setSaveFailed(true),
    );

  const diagnostics = async () =>
    formatDiagnostics({
      extension: browser.runtime.getManifest().version,
      browser: browserName(navigator.userAgent),
      journey: journey.id,
      done: progress.done,
      lastStep: progress.lastStep,
      lastPage: await lastPageItem.getValue().catch(() => null),
    });

  const total = stepPosition(journey, 0).total + journey.prerequisites.length;
  const done = doneCount(progress, journey);

  const onPrerequisite = (id: string, ticked: boolean) => void save((p) => togglePrerequisite(p, id, ticked));

  const openCsam = async () => {
    await browser.tabs.create({ url: csamHome(lang) });
    window.close();
  };

  const startAgain = async () => {
    setConfirming(false);
    await resetProgress(journey).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
    setProgress(await loadProgress(journey));
  };

  return (
    <main class="popup">
      <h1>{t(journey.id === journeys[0]!.id ? 'popup.title' : `journeys.${journey.id}`)}</h1>
      <div class="journeys" role="group" aria-label={t('popup.journey')}>
        {journeys.map((j) => (
          <button
            type="button"
            key={j.id}
            class="journey"
            data-testid="journey"
            data-journey={j.id}
            aria-pressed={j.id === journey.id ? 'true' : 'false'}
            onClick={() => chooseJourney(j.id)}
          >
            {t(`journeys.${j.id}`)}
          </button>
        ))}
      </div>
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
      {onPortal ? null : (
        <p class="notice" data-testid="not-portal">
          {t('popup.notPortal')}
        </p>
      )}
      {progress.repaired ? (
        <p class="notice notice--warn" data-testid="repaired" role="status">
          {t('popup.repaired')}{' '}
          <button type="button" class="link" onClick={() => void save(({ repaired: _, ...p }) => p)}>
            {t('popup.dismiss')}
          </button>
        </p>
      ) : null}
      {saveFailed ? (
        <p class="notice notice--warn" role="alert" data-testid="save-failed">
          {t('popup.saveFailed')}
        </p>
      ) : null}
      {progress.finished ? <p class="finished">{t(journey.id === journeys[0]!.id ? 'popup.finished' : `journeyDone.${journey.id}`)}</p> : null}
      <Checklist
        journey={journey}
        progress={progress}
        t={t}
        onPrerequisite={onPrerequisite}
        onStep={(id, ticked) => void save((p) => tickStep(p, journey, id, ticked))}
        onGuide={chooseJourney}
      />
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
      <div class="prefs">
        <button type="button" class="link" data-testid="show-guide" onClick={() => void showGuideItem.setValue(Date.now())}>
          {t('popup.showGuide')}
        </button>
        <label class="lang">
          {t('popup.language')}{' '}
          <select
            data-testid="language"
            value={lang}
            onChange={async (e) => {
              await popupLangItem.setValue(e.currentTarget.value);
              location.reload();
            }}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RememberedPages
        journey={journey}
        corrections={corrections}
        t={t}
        onForget={(c) => void forgetCorrection(c.sig, c.journey).then(setCorrections, () => setSaveFailed(true))}
        onForgetAll={() => void forgetAllCorrections().then(setCorrections, () => setSaveFailed(true))}
      />
      <p class="helpdesk">{t('popup.helpdesk')}</p>
      {report === undefined ? (
        <button type="button" class="link" data-testid="describe-page" onClick={describe}>
          {t('report.describe')}
        </button>
      ) : report === null ? (
        <p class="notice" data-testid="report-unavailable">
          {t('report.unavailable')}
        </p>
      ) : (
        <PageReportView report={report} t={t} onClose={() => setReport(undefined)} />
      )}
      <DiagnosticsExport t={t} build={diagnostics} />
    </main>
  );
}
