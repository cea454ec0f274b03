// Seeded, reproducible mutations of replica pages, for the fuzz test and the
// scan benchmark: what a changed, broken or hostile portal page might do.

/** mulberry32: small, fast, good enough to pick mutations reproducibly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202eSécurité sociale\u202c',
  'TR\u200b-\u200bFPP',
  'Utili\u00adsateurs',
  '\u0000\u0001\u0002',
  'x'.repeat(20_000),
  '🙂'.repeat(50),
  '{{label}} {{n}} $& $1',
  'Ｅｍｐｌｏｙｅｕｒ ＯＮＳＳ',
  '   ',
  '',
];

type Mutation = (doc: Document, pick: <T>(list: ArrayLike<T>) => T | undefined, rnd: () => number) => void;

const elements = (doc: Document) => doc.body?.querySelectorAll('*') ?? ([] as unknown as NodeListOf<Element>);

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 2000; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const MUTATIONS: Mutation[] = [
  (doc, pick) => pick(elements(doc))?.remove(),
  (doc, pick) => {
    const el = pick(elements(doc));
    if (el?.parentNode) el.parentNode.insertBefore(el.cloneNode(true), el);
  },
  (doc, pick, rnd) => {
    const el = pick(elements(doc));
    if (!el?.parentNode) return;
    let wrapper: Element = el;
    for (let i = 0, depth = 1 + Math.floor(rnd() * 30); i < depth; i++) {
      const w = doc.createElement(rnd() < 0.5 ? 'div' : 'span');
      wrapper.parentNode!.insertBefore(w, wrapper);
      w.appendChild(wrapper);
      wrapper = w;
    }
  },
  (doc, pick) => {
    const t = pick(textNodes(doc));
    if (t) t.data = pick(HOSTILE_TEXTS)!;
  },
  (doc, pick) => {
    const t = pick(textNodes(doc));
    if (t) t.data = t.data.toUpperCase();
  },
  (doc, pick) => {
    const t = pick(textNodes(doc));
    if (t) t.data = t.data.normalize('NFD').replace(/\p{M}/gu, '');
  },
  (doc, pick) => {
    const el = pick(elements(doc));
    const attr = el && pick(el.attributes);
    if (el && attr) el.removeAttribute(attr.name);
  },
  (doc, pick) => doc.documentElement.setAttribute('lang', pick(['fr', 'nl', 'de', 'en', 'xx', '', 'FR-be', '<b>'])!),
  (doc, pick) => {
    const el = pick(elements(doc));
    if (!el) return;
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i > 0; i--) el.appendChild(kids[(i * 7919) % kids.length]!);
  },
  (doc, pick) => {
    const link = pick(doc.querySelectorAll('a'));
    if (!link?.parentNode) return;
    const button = doc.createElement('button');
    button.textContent = link.textContent;
    link.parentNode.replaceChild(button, link);
  },
  (doc, pick) => {
    const el = pick(elements(doc));
    el?.setAttribute(pick(['aria-label', 'aria-labelledby', 'role', 'hidden', 'required', 'aria-required', 'for', 'type'])!, pick(HOSTILE_TEXTS)!);
  },
  (doc) => {
    doc.title = '';
  },
];

/** Applies 1–6 random mutations to the document, reproducibly for a given generator. */
export function mutate(doc: Document, rnd: () => number): void {
  const pick = <T,>(list: ArrayLike<T>): T | undefined => (list.length ? list[Math.floor(rnd() * list.length)] : undefined);
  for (let i = 0, n = 1 + Math.floor(rnd() * 6); i < n; i++) pick(MUTATIONS)!(doc, pick, rnd);
}

/** A page whose body is nested `depth` levels deep. */
export function deepPage(depth: number): string {
  return `<!doctype html><html lang="fr"><body>${'<div>'.repeat(depth)}<a href="#">Utilisateurs</a>${'</div>'.repeat(depth)}</body></html>`;
}

/** About `bytes` of plausible HTML: a long table of links and text. */
export function hugePage(bytes: number, lang = 'fr'): string {
  const row = '<tr><td><a href="https://www.socialsecurity.be/x">Lien vers un service en ligne</a></td><td>Une description assez longue du service, pour remplir la page.</td></tr>';
  return `<!doctype html><html lang="${lang}"><head><title>Page</title></head><body><h1>Liste</h1><table>${row.repeat(Math.ceil(bytes / row.length))}</table></body></html>`;
}
