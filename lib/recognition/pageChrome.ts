// A page's chrome: the header, menus, breadcrumbs and footer that every page of
// an application repeats. What they say is true of every page, so it cannot
// tell one page from another: recognition weighs it less (issue 14: the menu's
// "Utilisateurs" on a person's page once sent users back to step 6).

const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'menu']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'menubar', 'menu', 'tree']);
/** Class or id words that name chrome in pages without landmarks (div and table layouts). */
const CHROME_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|mainmenu|menubar|sidemenu|sidebar|sidenav|leftcol|left-col|topbar|breadcrumbs?|footer|masthead|header|site-header|app-header|banner)($|[\s_-])/i;
/**
 * "card-header", "panel-header", "page-header": a title of the content, not the
 * site's header; a "notification-banner" (GOV.UK-like design systems' success
 * box) is the page's news, not the site's banner.
 */
const CONTENT_HEADERS = /(card|panel|section|page|modal|dialog|table|box|content|form)[_-]header|(notification|alert|message|success|status)[_-]+banner/i;

function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return words.length > 1 && CHROME_NAMES.test(words) && !CONTENT_HEADERS.test(words);
}

const isMainLandmark = (el: Element) => el.localName === 'main' || el.getAttribute('role') === 'main';

/**
 * A test "is this element in the page's chrome?", remembering each ancestor's answer for one scan.
 *
 * The main landmark is content, and so is what holds it: app frameworks name
 * their whole layout after the side menu ("mat-sidenav-container" around the
 * menu and "mat-sidenav-content", Angular Material's), and the form inside is
 * no menu. Chrome inside the main landmark (its breadcrumbs) is still chrome:
 * it is met first, walking up.
 */
export function chromeTest(doc: Document): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const body = doc.body;
  // Looked for only once a chrome name is met (most elements never are): on a
  // big page without a main landmark the query reads the whole document.
  let main: Element | null | undefined;
  const holdsMain = (node: Element) => {
    main ??= doc.querySelector('main, [role="main"]');
    return !!main && node.contains(main);
  };
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
      const seen = known.get(node);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(node);
      if (isMainLandmark(node)) break;
      if (isChromeElement(node) && !holdsMain(node)) {
        answer = true;
        break;
      }
    }
    for (const node of path) known.set(node, answer);
    return answer;
  };
}

function inAFrame(doc: Document): boolean {
  const view = doc.defaultView;
  try {
    return !!view && view !== view.top;
  } catch {
    // A cross-origin parent: framed all the same.
    return true;
  }
}

/**
 * Old frame-based pages put the menu in a frame of its own: a frame that holds
 * no form and whose text is mostly its links and headings is chrome as a whole.
 */
export function isMenuFrame(doc: Document, framed = inAFrame(doc)): boolean {
  if (!framed || !doc.body) return false;
  if (doc.querySelector('input:not([type="hidden"]), select, textarea, form')) return false;
  const links = doc.querySelectorAll('a[href], [role="link"], [role="menuitem"], [role="treeitem"], button');
  if (links.length < 2) return false;
  const all = (doc.body.textContent ?? '').replace(/\s+/g, '').length;
  if (all === 0) return false;
  let named = 0;
  for (const el of Array.from(doc.querySelectorAll('a[href], [role="link"], [role="menuitem"], [role="treeitem"], button, h1, h2, h3, h4, h5, h6, [role="heading"]')).slice(0, 500)) {
    named += (el.textContent ?? '').replace(/\s+/g, '').length;
  }
  return named >= all * 0.6;
}
