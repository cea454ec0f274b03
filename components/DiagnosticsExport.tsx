import type { Translate } from '../lib/translate';
import { useState } from 'preact/hooks';

interface Props {
  t: Translate;
  /** Builds the report when asked: nothing is gathered before the user wants it. */
  build: () => Promise<string>;
}

/** "Copy diagnostics for the helpdesk": the text is shown too, so the user sees exactly what is shared. */
export function DiagnosticsExport({ t, build }: Props) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const copy = async () => {
    const report = await build();
    setText(report);
    try {
      await navigator.clipboard.writeText(report);
      setStatus(t('popup.diagnosticsCopied'));
    } catch {
      setStatus(t('popup.diagnosticsSelect'));
    }
  };
  return (
    <div class="diagnostics">
      <button type="button" class="link" data-testid="copy-diagnostics" onClick={copy}>
        {t('popup.diagnostics')}
      </button>
      <span role="status" class="diagnostics__status">
        {status}
      </span>
      {text ? (
        <pre class="diagnostics__text" data-testid="diagnostics" tabIndex={0}>
          {text}
        </pre>
      ) : null}
    </div>
  );
}
