// Turns an outline back into a page (for `npm run fixture:import` and the
// round-trip test): the same structure, roles and words, with neutral content
// where the outline kept only a shape. Not part of the extension.
import type { OutlineElement, OutlineNode, PageOutline } from './outline';

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** A national number that passes the guide's check (the outline says only that the field held one). */
export const SAMPLE_NATIONAL_NUMBER = (() => {
  const nine = '900101001';
  return `${nine}${String(97 - (Number(nine) % 97)).padStart(2, '0')}`;
})();

function attributesHtml(tag: string, attributes: Record<string, string>): string {
  let html = '';
  for (const [key, value] of Object.entries(attributes)) {
    // Something was typed there; what, the outline never knew (a textarea's content is written inside it).
    if (key === 'data-outline-filled' && tag !== 'textarea') html += ` value="${value === 'national-number' ? SAMPLE_NATIONAL_NUMBER : 'x'}"`;
    if (key === 'data-outline-hidden') {
      html += ' hidden';
      continue;
    }
    html += value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`;
  }
  return html;
}

function nodeHtml(node: OutlineNode): string {
  if (typeof node === 'string') return escapeText(node);
  const [tag, attributes, ...children] = node;
  if (!/^[a-z][a-z0-9-]*$/.test(tag)) return '';
  const open = `<${tag}${attributesHtml(tag, attributes)}>`;
  if (VOID.has(tag)) return open;
  // A frame's own page is a document of its own: written into srcdoc.
  if (tag === 'iframe' || tag === 'frame') {
    const inner = children.find((c): c is OutlineElement => typeof c !== 'string');
    return inner ? `<${tag}${attributesHtml(tag, attributes)} srcdoc="${escapeAttribute(bodyHtml(inner))}"></${tag}>` : `${open}</${tag}>`;
  }
  const filled = tag === 'textarea' && 'data-outline-filled' in attributes ? 'x' : '';
  return `${open}${filled}${children.map(nodeHtml).join('')}</${tag}>`;
}

const bodyHtml = (body: OutlineElement) => (body[0] === 'body' || body[0] === 'frameset' ? nodeHtml(body) : `<body>${nodeHtml(body)}</body>`);

/** A whole HTML document for the outline, with the page's language and title. */
export function outlineToHtml(outline: PageOutline): string {
  const lang = outline.page.lang ? ` lang="${escapeAttribute(outline.page.lang)}"` : '';
  return `<!doctype html>\n<html${lang}>\n<head><meta charset="utf-8"><title>${escapeText(outline.page.title)}</title></head>\n${bodyHtml(outline.body)}\n</html>\n`;
}
