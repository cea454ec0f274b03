// Functions run inside the page (serialised by the driver): keep them self-contained.

export interface OverlayState {
  step: string | null;
  state: string | null;
  text: string;
  highlight: { left: number; top: number; right: number; bottom: number } | null;
  target: { left: number; top: number; right: number; bottom: number } | null;
}

/** What the overlay shows, and where the element matching `targetSelector` is. */
export function readOverlay(targetSelector: string): OverlayState | null {
  const rect = (el: Element | null | undefined) => {
    if (!el) return null;
    const b = el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const host = document.querySelector('csam-guide-overlay');
  if (!host) return null;
  const root = host.shadowRoot;
  const card = root?.querySelector<HTMLElement>('[data-testid="step-card"]');
  return {
    step: card?.dataset.step ?? null,
    state: card?.dataset.state ?? null,
    text: card?.textContent ?? '',
    highlight: rect(root?.querySelector('[data-testid="highlight"]')),
    target: rect(document.querySelector(targetSelector)),
  };
}

/** True once the overlay's card shows `step` (and `state`, when given). */
export function overlayShows(arg: { step: string; state?: string; part?: string }): boolean {
  const card = document.querySelector('csam-guide-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="step-card"]');
  if (!card || card.dataset.step !== arg.step) return false;
  return !arg.state || card.dataset.state === arg.state;
}

export interface ChecklistEntry {
  step: string;
  done: string;
  current: boolean;
}

export function readChecklist(): ChecklistEntry[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-testid="checklist-item"]')).map((li) => ({
    step: li.dataset.step ?? '',
    done: li.dataset.done ?? '',
    current: li.getAttribute('aria-current') === 'step',
  }));
}

/** The highlight surrounds the target, each edge at most `slack` px away. */
export function surrounds(state: OverlayState, slack = 8): boolean {
  const { highlight: h, target: t } = state;
  if (!h || !t) return false;
  return (
    h.left <= t.left && t.left - h.left <= slack &&
    h.top <= t.top && t.top - h.top <= slack &&
    h.right >= t.right && h.right - t.right <= slack &&
    h.bottom >= t.bottom && h.bottom - t.bottom <= slack
  );
}
