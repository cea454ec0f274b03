import type { Translate } from '../lib/translate';
import type { PageReport } from '../lib/outline/report';
import { useRef, useState } from 'preact/hooks';

interface Props {
  report: PageReport;
  t: Translate;
  onClose?: () => void;
}

/**
 * "Describe this page": the outline shown in full before anything leaves, with
 * Copy and Save as file. The extension sends nothing; the user attaches it.
 */
export function PageReportView({ report, t, onClose }: Props) {
  const [status, setStatus] = useState('');
  const link = useRef<HTMLAnchorElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.json);
      setStatus(t('report.copied'));
    } catch {
      setStatus(t('report.copyFailed'));
    }
  };
  const save = () => {
    // A file made here, from the text shown, through our own hidden link in our own layer (never the page's).
    const anchor = link.current;
    if (!anchor) return;
    const url = URL.createObjectURL(new Blob([report.json], { type: 'application/json' }));
    anchor.href = url;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('report.saved'));
  };
  return (
    <div class="report" data-testid="report">
      <p class="report__title">{t('report.title')}</p>
      <p class="report__intro">{t('report.intro')}</p>
      <p class="report__summary" data-testid="report-summary">
        {report.summary}
      </p>
      <pre class="report__json" data-testid="page-report" tabIndex={0}>
        {report.json}
      </pre>
      <div class="report__actions">
        <button type="button" data-testid="copy-report" onClick={copy}>
          {t('report.copy')}
        </button>
        <button type="button" data-testid="save-report" onClick={save}>
          {t('report.save')}
        </button>
        {onClose ? (
          <button type="button" data-testid="close-report" onClick={onClose}>
            {t('report.close')}
          </button>
        ) : null}
        <a ref={link} download={report.fileName} hidden aria-hidden="true" tabIndex={-1} />
        <span role="status" class="report__status">
          {status}
        </span>
      </div>
    </div>
  );
}
