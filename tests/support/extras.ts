// The extras (lib/extras.ts) as the guide gets them from portal-extras.js, for tests that run the guide in happy-dom.
import { pageSignature } from '../../lib/corrections/pageSignature';
import type { Extras } from '../../lib/extras';
import { buildOutline, guideSummary } from '../../lib/outline/buildOutline';
import { pageReport } from '../../lib/outline/report';

export const EXTRAS: Extras = { pageSignature, buildOutline, guideSummary, pageReport };
