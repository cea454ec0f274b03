// The one message the extension sends: the popup asking its tab's content
// script "are you there?". Carries nothing; the answer is the page's host.
export const PING = { type: 'csam-guide:ping' } as const;

export function isPing(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PING.type;
}
