import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageSignature } from '../../lib/corrections/pageSignature';
import { exportExtras } from '../../lib/extras';
import { buildOutline, guideSummary } from '../../lib/outline/buildOutline';
import { pageReport } from '../../lib/outline/report';

/** The outline and signature code, imported on demand by the content script's loader (lib/extras.ts says why). */
export default defineUnlistedScript(() => {
  exportExtras({ pageSignature, buildOutline, guideSummary, pageReport });
});
