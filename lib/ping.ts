// The messages the extension sends, all from the popup to its tab's content
// script: "are you there?" (the answer is the page's host) and "describe this
// page" (the answer is the page's outline, shown to the user in full).
export const PING = { type: 'csam-guide:ping' } as const;

export function isPing(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PING.type;
}

/** The popup's "Describe this page": the top frame's guide answers with the page's outline (lib/outline), nothing else. */
export const DESCRIBE = { type: 'csam-guide:describe' } as const;

export function isDescribe(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DESCRIBE.type;
}
