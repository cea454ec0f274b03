// A pragmatic accessible name: what a sighted user reads on or next to a control.
// Close to the ARIA name computation for the shapes portals use (aria-label,
// aria-labelledby, <label for>, wrapping label, alt text, nearby text), and cheap.

const MAX = 200;

function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [el.textContent ?? ''];
  // Icons inside links carry their meaning in alt / aria-label, not in text.
  for (const icon of Array.from(el.querySelectorAll('img[alt], [role="img"][aria-label], svg[aria-label]')).slice(0, 4)) {
    parts.push(icon.getAttribute('alt') ?? icon.getAttribute('aria-label') ?? '');
  }
  return parts.join(' ').slice(0, MAX * 2);
}

function byIds(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => textOf(doc.getElementById(id)))
    .join(' ');
}

export function isFormField(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}

export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = byIds(el, labelledBy).trim();
    if (name) return name.slice(0, MAX);
  }
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria.slice(0, MAX);

  if (isFormField(el)) {
    const input = el as HTMLInputElement;
    if (input.type === 'submit' || input.type === 'button' || input.type === 'reset') return (input.value || '').slice(0, MAX);
    const labels = input.labels ? Array.from(input.labels) : [];
    const wrapping = el.closest('label');
    if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
    const fromLabels = labels.map((label) => textOf(label)).join(' ').trim();
    if (fromLabels) return fromLabels.slice(0, MAX);
    const hint = el.getAttribute('title') || el.getAttribute('placeholder');
    if (hint) return hint.slice(0, MAX);
    return nearbyText(el);
  }
  const own = textOf(el).trim();
  if (own) return own.slice(0, MAX);
  return (el.getAttribute('title') ?? '').slice(0, MAX);
}

/** Unlabelled fields: the text of the closest small container (a table row, a list item). */
function nearbyText(el: Element): string {
  const container = el.closest('tr, li, dd, p, [role="row"], div');
  const text = container?.textContent?.trim() ?? '';
  return text.length <= MAX ? text : '';
}
