// Reading a page in one bounded pass. The portal's biggest pages are long
// lists (a large firm's thousands of users): what such a list is, it says in
// its first rows. querySelectorAll with a list of selectors matches every
// element of the document (six queries cost 11 ms on a 24 000-element users
// list; issue 15); this walk reads the page as a person would, the first rows
// of each list and everything else, and its cost stays that of an ordinary page.

/**
 * Past this many consecutive children of one tag under one parent, the walk
 * skips to the last of them: what a list is, its first hundred rows say.
 * Targeting looks further (a target may stand far down a list: the secured
 * applications to tick in): it passes its own limit.
 */
export const REPEAT_MAX = 100;
/** However the page is built, the walk stops after this many elements. */
const VISIT_MAX = 20_000;

/**
 * Visits the elements under `root` (not `root` itself, as querySelectorAll), in
 * document order, skipping the middle of long runs of alike siblings; stops
 * when `visit` returns true.
 */
export function walkPage(root: Document | Element, visit: (el: Element) => boolean | void, repeatMax = REPEAT_MAX): void {
  const top = root.nodeType === 9 ? (root as Document).documentElement : root.firstElementChild;
  if (!top) return;
  let visited = 0;
  // One level per open parent: the next child to visit, and the run of alike children before it.
  const stack: { next: Element | null; tag: string; run: number }[] = [{ next: top, tag: '', run: 0 }];
  while (stack.length > 0 && visited < VISIT_MAX) {
    const level = stack[stack.length - 1]!;
    const el = level.next;
    if (!el) {
      stack.pop();
      continue;
    }
    level.next = el.nextElementSibling;
    const tag = el.localName;
    if (tag === level.tag) level.run++;
    else {
      level.tag = tag;
      level.run = 1;
    }
    if (level.run > repeatMax) {
      // The rest of the run is more of the same: skipped to its last (a total,
      // a footer row), then on to whatever follows it (a pager, a form).
      let last = el;
      for (let next = el.nextElementSibling; next && next.localName === tag; next = next.nextElementSibling) last = next;
      if (last !== el) {
        level.next = last;
        level.tag = '';
        continue;
      }
    }
    visited++;
    if (visit(el) === true) return;
    if (el.firstElementChild) stack.push({ next: el.firstElementChild, tag: '', run: 0 });
  }
}

/** querySelectorAll over the walk: the first `max` elements matching `selector` (or `also`: what a selector cannot say). */
export function queryPage(
  root: Document | Element,
  selector: string,
  max = Number.POSITIVE_INFINITY,
  repeatMax = REPEAT_MAX,
  also?: (el: Element) => boolean,
): Element[] {
  const out: Element[] = [];
  if (max <= 0) return out;
  walkPage(root, (el) => {
    if (el.matches(selector) || also?.(el)) out.push(el);
    return out.length >= max;
  }, repeatMax);
  return out;
}
