// The evaluation corpus generator: deterministic (seeded), pure (strings only),
// balanced over page kinds and languages. See README.md in this folder.

import type { EvalCase, Expectation, Lang } from './types.ts';
import { CHECK_KINDS, CLICK_KINDS, FIELD_KINDS, hash, makeRng, type ClickKind, type Ctx, type WordingSet } from './transforms.ts';
import { CHROME_STYLES, type Built, type ChromeStyle } from './templates.ts';
import {
  DESIGNATE_IN_APP,
  designateDialog,
  designateError,
  designateExpired,
  designateFormError,
  designateOff,
  designatePage,
  designateService,
  designateSpa,
  unmarked,
  type DesignateOffPage,
  type DesignatePage,
} from './designate.ts';
import {
  buildJourneyPage,
  contentFrame,
  csamDisclosure,
  dialogPage,
  errorPage,
  expiredPage,
  groupHomePanel,
  IN_APP,
  menuFrame,
  offPage,
  spaSwap,
  type ContentFramePage,
  type DialogPage,
  type Host,
  type JourneyPage,
  type OffPage,
} from './pages.ts';

export const DEFAULT_SEED = 20261130;
export const LANGS: readonly Lang[] = ['fr', 'nl', 'de', 'en'];

type Journey = EvalCase['journey'];

export const STEPS: Record<Journey, readonly string[]> = {
  'add-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'add-user', 'fill-required', 'edit-existing', 'tick-tr-fpp'],
  'remove-access': ['open-service', 'manage-access', 'social-security', 'log-in', 'employer-group', 'users-menu', 'find-user', 'open-user', 'untick-tr-fpp'],
  // activate-account is out of band (the new main access manager's first login): no page of its own
  'designate-main-manager': ['open-service', 'choose-designate', 'log-in', 'enterprise-number', 'designee-details', 'confirm-designation', 'activate-account'],
};

/** Every step of the journey before `step` (all steps when step is null). */
export function before(journey: Journey, step: string | null): string[] {
  const steps = STEPS[journey];
  if (step === null) return [...steps];
  const i = steps.indexOf(step);
  if (i < 0) throw new Error(`unknown step ${step} in ${journey}`);
  return steps.slice(0, i);
}

/** Cases whose n is 2 mod 3 use holdout wordings; the others dev wordings. */
export function wordingSetOf(id: string): WordingSet {
  const n = Number(id.slice(id.lastIndexOf('/') + 1));
  return n % 3 === 2 ? 'holdout' : 'dev';
}

// ---------------------------------------------------------------------------
// Journey page kinds: their journey(s) and expectation
// ---------------------------------------------------------------------------
interface PageSpec {
  journeys: readonly Journey[];
  /** The step expected, or null for finish. */
  step: string | null;
}
const BOTH: readonly Journey[] = ['add-access', 'remove-access'];
const ADD: readonly Journey[] = ['add-access'];
const REMOVE: readonly Journey[] = ['remove-access'];

const JOURNEY_PAGES: Record<JourneyPage, PageSpec> = {
  'csam-home': { journeys: BOTH, step: 'open-service' },
  'csam-service': { journeys: BOTH, step: 'manage-access' },
  'csam-systems': { journeys: BOTH, step: 'social-security' },
  'ss-umoe-info': { journeys: BOTH, step: 'log-in' },
  'ss-audience': { journeys: BOTH, step: 'log-in' },
  'idp-login': { journeys: BOTH, step: 'log-in' },
  'uman-groups': { journeys: BOTH, step: 'employer-group' },
  'uman-group-home': { journeys: BOTH, step: 'users-menu' },
  'uman-add-user': { journeys: ADD, step: 'add-user' },
  'uman-users-list': { journeys: ADD, step: 'add-user' },
  'uman-new-user': { journeys: ADD, step: 'fill-required' },
  'uman-existing-person': { journeys: ADD, step: 'edit-existing' },
  'uman-new-user-filled': { journeys: ADD, step: 'tick-tr-fpp' },
  'uman-edit-user': { journeys: ADD, step: 'tick-tr-fpp' },
  'uman-saved': { journeys: BOTH, step: null },
  'uman-existing-person-trfpp': { journeys: ADD, step: null },
  'uman-users-search': { journeys: REMOVE, step: 'find-user' },
  'uman-search-results': { journeys: REMOVE, step: 'open-user' },
  'uman-edit-user-remove': { journeys: REMOVE, step: 'untick-tr-fpp' },
};

function expectFor(step: string | null): Expectation {
  return step === null ? { kind: 'finish' } : { kind: 'step', step };
}

// ---------------------------------------------------------------------------
// Case assembly
// ---------------------------------------------------------------------------
interface Made {
  built: Built;
  journey: Journey;
  done: string[];
  expect: Expectation;
  inFrame?: boolean;
}

interface Knobs {
  wrap?: boolean;
  click?: ClickKind;
  field?: Ctx['field'];
  check?: Ctx['check'];
}

class Emitter {
  readonly out: EvalCase[] = [];
  constructor(private readonly seed: number) {}

  emit(page: string, category: string, count: number, make: (ctx: Ctx, n: number) => Made, knobs: (rng: Ctx['rng'], n: number) => Knobs = () => ({})): void {
    for (const lang of LANGS) {
      for (let n = 0; n < count; n++) {
        const id = `${page}/${lang}/${category}/${n}`;
        const rng = makeRng(hash(`${this.seed}|${id}`));
        const k = knobs(rng, n);
        const ctx: Ctx = {
          rng,
          lang,
          set: wordingSetOf(id),
          wrap: k.wrap ?? false,
          click: k.click ?? rng.pick<ClickKind>(['a', 'a', 'button']),
          field: k.field ?? rng.pick<Ctx['field']>(['label-for', 'label-for', 'label-wrap']),
          check: k.check ?? rng.pick<Ctx['check']>(['label-for', 'label-for', 'label-wrap']),
          uid: { n: 0 },
          memo: new Map(),
        };
        const m = make(ctx, n);
        const c: EvalCase = { id, journey: m.journey, page, category, lang, url: m.built.url, html: m.built.html, done: m.done, expect: m.expect };
        if (m.inFrame) c.inFrame = true;
        this.out.push(c);
      }
    }
  }
}

function journeyOf(spec: PageSpec, n: number): Journey {
  return spec.journeys[n % spec.journeys.length] as Journey;
}

/** A journey page in a given variant. */
function journeyCase(page: JourneyPage, chrome: (ctx: Ctx, n: number) => ChromeStyle | null, rowClick: (ctx: Ctx, n: number) => boolean = () => false) {
  return (ctx: Ctx, n: number): Made => {
    const spec = JOURNEY_PAGES[page];
    const journey = journeyOf(spec, n);
    const built = buildJourneyPage(ctx, page, { chrome: chrome(ctx, n), rowClick: rowClick(ctx, n) });
    return { built, journey, done: before(journey, spec.step), expect: expectFor(spec.step) };
  };
}

/** Most in-app pages carry the chrome; a few are bare. */
const usualChrome = (ctx: Ctx): ChromeStyle | null => (ctx.rng.chance(0.85) ? ctx.rng.pick(CHROME_STYLES) : null);

/** A plausible point mid-journey for a page that is not a step. */
function midJourney(ctx: Ctx, journey: Journey, from: number, to: number): string[] {
  const steps = STEPS[journey];
  const k = from + ctx.rng.int(Math.max(1, Math.min(to, steps.length) - from + 1));
  return steps.slice(0, k);
}

export const COUNTS = {
  paraphrase: 9,
  'element-kinds': 7,
  wrappers: 5,
  chrome: 4,
  frames: 3,
  'frames-menu': 8,
  'spa-swap': 6,
  disclosure: 8,
  'disclosure-panel': 6,
  person: 6,
  dialog: 5,
  expired: 10,
  error: 8,
  'off-journey': 5,
  // designate-main-manager (issue 17)
  'form-error': 5,
  'cross-journey': 6,
  'cross-journey-service': 4,
  'cross-journey-other': 3,
  'cross-journey-off': 2,
};

function build(seed: number): EvalCase[] {
  const e = new Emitter(seed);
  const pages = Object.keys(JOURNEY_PAGES) as JourneyPage[];
  const isInApp = (p: JourneyPage) => IN_APP.includes(p);

  // paraphrase: other wordings, ordinary markup
  for (const p of pages) e.emit(p, 'paraphrase', COUNTS.paraphrase, journeyCase(p, usualChrome));

  // element-kinds: the target as various clickable/labelled elements
  for (const p of pages) {
    e.emit(
      p,
      'element-kinds',
      COUNTS['element-kinds'],
      journeyCase(p, usualChrome, (ctx, n) => (p === 'uman-groups' || p === 'uman-search-results') && n % 3 === 0),
      (rng, n) => ({
        click: CLICK_KINDS[(n + rng.int(CLICK_KINDS.length)) % CLICK_KINDS.length],
        field: FIELD_KINDS[(n + rng.int(FIELD_KINDS.length)) % FIELD_KINDS.length],
        check: CHECK_KINDS[(n + rng.int(CHECK_KINDS.length)) % CHECK_KINDS.length],
      }),
    );
  }

  // wrappers: split words, &nbsp;, icons, upper case, missing accents, extra divs
  for (const p of pages) e.emit(p, 'wrappers', COUNTS.wrappers, journeyCase(p, usualChrome), () => ({ wrap: true }));

  // chrome: every in-app page in each chrome markup
  for (const p of pages.filter(isInApp)) {
    e.emit(p, 'chrome', COUNTS.chrome, journeyCase(p, (_ctx, n) => CHROME_STYLES[n % CHROME_STYLES.length] as ChromeStyle));
  }

  // frames: the menu frame alone, and content frames
  e.emit('uman-menu-frame', 'frames', COUNTS['frames-menu'], (ctx, n) => {
    const journey: Journey = n % 4 < 2 ? 'add-access' : 'remove-access';
    const atStep = n % 2 === 0;
    const built = menuFrame(ctx, { usersTarget: atStep });
    const done = atStep ? before(journey, 'users-menu') : midJourney(ctx, journey, 6, 8);
    return { built, journey, done, expect: atStep ? { kind: 'step', step: 'users-menu' } : { kind: 'none' }, inFrame: true };
  });
  const framePages: [ContentFramePage, Journey, string][] = [
    ['uman-add-user', 'add-access', 'add-user'],
    ['uman-new-user', 'add-access', 'fill-required'],
    ['uman-new-user-filled', 'add-access', 'tick-tr-fpp'],
    ['uman-users-search', 'remove-access', 'find-user'],
    ['uman-edit-user-remove', 'remove-access', 'untick-tr-fpp'],
  ];
  for (const [p, journey, step] of framePages) {
    e.emit(p, 'frames', COUNTS.frames, (ctx) => ({ built: contentFrame(ctx, p), journey, done: before(journey, step), expect: { kind: 'step', step }, inFrame: true }));
  }

  // spa-swap: forms rendered under the group home's persistent chrome
  const spaPages: ['uman-add-user' | 'uman-new-user' | 'uman-users-search', Journey, string][] = [
    ['uman-add-user', 'add-access', 'add-user'],
    ['uman-new-user', 'add-access', 'fill-required'],
    ['uman-users-search', 'remove-access', 'find-user'],
  ];
  for (const [p, journey, step] of spaPages) {
    e.emit(p, 'spa-swap', COUNTS['spa-swap'], (ctx) => ({ built: spaSwap(ctx, p), journey, done: before(journey, step), expect: { kind: 'step', step } }));
  }

  // disclosure: the service page's opened section / tabs; the group home's Users panel
  e.emit('csam-service', 'disclosure', COUNTS.disclosure, (ctx, n) => {
    const journey: Journey = n % 2 === 0 ? 'add-access' : 'remove-access';
    const open = n % 4 !== 3;
    const step = open ? 'social-security' : 'manage-access';
    return { built: csamDisclosure(ctx, open), journey, done: before(journey, step), expect: { kind: 'step', step } };
  });
  e.emit('uman-group-home', 'disclosure', COUNTS['disclosure-panel'], (ctx) => ({ built: groupHomePanel(ctx), journey: 'add-access', done: before('add-access', 'add-user'), expect: { kind: 'step', step: 'add-user' } }));

  // person: the existing person's pages, full menu kept
  const personPages: [JourneyPage, Journey, string | null][] = [
    ['uman-existing-person', 'add-access', 'edit-existing'],
    ['uman-existing-person-trfpp', 'add-access', null],
    ['uman-edit-user-remove', 'remove-access', 'untick-tr-fpp'],
  ];
  for (const [p, journey, step] of personPages) {
    e.emit(p, 'person', COUNTS.person, (ctx) => ({
      built: buildJourneyPage(ctx, p, { chrome: ctx.rng.pick(CHROME_STYLES) }),
      journey,
      done: before(journey, step),
      expect: expectFor(step),
    }));
  }

  // dialog: the step's content in (or under) a modal dialog
  const dialogPages: [DialogPage, readonly Journey[], string][] = [
    ['csam-service', BOTH, 'manage-access'],
    ['csam-systems', BOTH, 'social-security'],
    ['ss-audience', BOTH, 'log-in'],
    ['uman-add-user', ADD, 'add-user'],
    ['uman-existing-person', ADD, 'edit-existing'],
  ];
  for (const [p, journeys, step] of dialogPages) {
    e.emit(p, 'dialog', COUNTS.dialog, (ctx, n) => {
      const journey = journeys[n % journeys.length] as Journey;
      return { built: dialogPage(ctx, p), journey, done: before(journey, step), expect: { kind: 'step', step } };
    });
  }

  // expired: on every journey host
  const expiredHosts: [Exclude<Host, 'app'>, number, number][] = [
    ['csam', 1, 3],
    ['ss', 3, 8],
    ['idp', 3, 7],
  ];
  for (const [host, from, to] of expiredHosts) {
    e.emit(`expired-${host}`, 'expired', COUNTS.expired, (ctx, n) => {
      const journey: Journey = n % 2 === 0 ? 'add-access' : 'remove-access';
      return { built: expiredPage(ctx, host), journey, done: midJourney(ctx, journey, from, to), expect: { kind: 'expired' } };
    });
  }

  // error: on every host, and inside the application
  const errorHosts: [Host, number, number][] = [
    ['csam', 0, 2],
    ['ss', 2, 4],
    ['idp', 3, 4],
    ['app', 6, 8],
  ];
  for (const [host, from, to] of errorHosts) {
    e.emit(`error-${host}`, 'error', COUNTS.error, (ctx, n) => {
      const journey: Journey = n % 2 === 0 ? 'add-access' : 'remove-access';
      return { built: errorPage(ctx, host), journey, done: midJourney(ctx, journey, from, to), expect: { kind: 'error' } };
    });
  }

  // off-journey: portal pages that are not the next step
  const offPages: [OffPage, string][] = [
    ['off-csam-news', 'social-security'],
    ['off-csam-faq', 'social-security'],
    ['off-csam-what', 'social-security'],
    ['off-csam-keys', 'social-security'],
    ['off-csam-mandates', 'social-security'],
    ['off-ss-home', 'employer-group'],
    ['off-ss-citizen', 'employer-group'],
    ['off-ss-help', 'employer-group'],
    ['off-ss-services', 'log-in'],
    ['off-ss-other-service', 'log-in'],
    ['off-app-access-managers', ''],
    ['off-app-profile', ''],
    ['off-app-apps', ''],
  ];
  for (const [p, next] of offPages) {
    e.emit(p, 'off-journey', COUNTS['off-journey'], (ctx, n) => {
      const journey: Journey = n % 2 === 0 ? 'add-access' : 'remove-access';
      // in-app pages: the user is past the menu (next: add-user / find-user)
      const step = next !== '' ? next : journey === 'add-access' ? 'add-user' : 'find-user';
      return { built: offPage(ctx, p), journey, done: before(journey, step), expect: { kind: 'none' } };
    }, (rng, n) => ({ wrap: n % 5 === 4 && rng.chance(0.5) }));
  }

  designateCases(e);
  return e.out;
}

// ---------------------------------------------------------------------------
// The third journey: designate the main access manager (issue 17)
// ---------------------------------------------------------------------------
const DMM: Journey = 'designate-main-manager';
const OTHERS: readonly Journey[] = ['add-access', 'remove-access'];

/** Each page kind of the designation journey and the step it is (null: the end). */
const DESIGNATE_PAGES: Record<DesignatePage, string | null> = {
  'designate-csam-home': 'open-service',
  'designate-service': 'choose-designate',
  'designate-login': 'log-in',
  'designate-enterprise': 'enterprise-number',
  'designate-designee': 'designee-details',
  'designate-confirm': 'confirm-designation',
  'designate-recorded': null,
};

/** The natural walk up to a designation page; the end comes before the out-of-band activation. */
const designateDone = (step: string | null) => before(DMM, step ?? 'activate-account');

const kindKnobs = (rng: Ctx['rng'], n: number): Knobs => ({
  click: CLICK_KINDS[(n + rng.int(CLICK_KINDS.length)) % CLICK_KINDS.length],
  field: FIELD_KINDS[(n + rng.int(FIELD_KINDS.length)) % FIELD_KINDS.length],
  check: CHECK_KINDS[(n + rng.int(CHECK_KINDS.length)) % CHECK_KINDS.length],
});

function designateCase(p: DesignatePage, chrome: (ctx: Ctx, n: number) => ChromeStyle | null, kinds = false) {
  return (ctx: Ctx, n: number): Made => {
    const step = DESIGNATE_PAGES[p];
    const built = p === 'designate-csam-home' ? buildJourneyPage(ctx, 'csam-home', { chrome: null }) : designatePage(ctx, p, { chrome: chrome(ctx, n), kinds });
    return { built, journey: DMM, done: designateDone(step), expect: expectFor(step) };
  };
}

function designateCases(e: Emitter): void {
  const pages = Object.keys(DESIGNATE_PAGES) as DesignatePage[];
  const at = (p: DesignatePage) => ({ journey: DMM, done: designateDone(DESIGNATE_PAGES[p]), expect: expectFor(DESIGNATE_PAGES[p]) });

  for (const p of pages) e.emit(p, 'paraphrase', COUNTS.paraphrase, designateCase(p, usualChrome));
  // the federal login has nothing to click for the user
  for (const p of pages.filter((x) => x !== 'designate-login')) e.emit(p, 'element-kinds', COUNTS['element-kinds'], designateCase(p, usualChrome, true), kindKnobs);
  for (const p of pages) e.emit(p, 'wrappers', COUNTS.wrappers, designateCase(p, usualChrome), () => ({ wrap: true }));
  for (const p of DESIGNATE_IN_APP) e.emit(p, 'chrome', COUNTS.chrome, designateCase(p, (_ctx, n) => CHROME_STYLES[n % CHROME_STYLES.length] as ChromeStyle));

  // the service page's first section as a disclosure: open (ring the standard procedure) or closed (ring its toggle)
  e.emit('designate-service', 'disclosure', COUNTS.disclosure, (ctx, n) => ({ built: designateService(ctx, { target: 'standard', disclosure: n % 4 === 3 ? 'closed' : 'open' }), ...at('designate-service') }));
  for (const p of ['designate-service', 'designate-confirm'] as const) e.emit(p, 'dialog', COUNTS.dialog, (ctx) => ({ built: designateDialog(ctx, p), ...at(p) }));
  for (const p of ['designate-enterprise', 'designate-designee', 'designate-confirm'] as const) e.emit(p, 'spa-swap', COUNTS['spa-swap'], (ctx) => ({ built: designateSpa(ctx, p), ...at(p) }));
  for (const p of ['designate-enterprise', 'designate-designee'] as const) e.emit(p, 'form-error', COUNTS['form-error'], (ctx) => ({ built: designateFormError(ctx, p), ...at(p) }));

  // expiry and errors on the designation application's host, after the login
  const inside = (ctx: Ctx) => STEPS[DMM].slice(0, 3 + ctx.rng.int(3));
  e.emit('expired-designate', 'expired', COUNTS.expired, (ctx) => ({ built: designateExpired(ctx), journey: DMM, done: inside(ctx), expect: { kind: 'expired' } }));
  e.emit('error-designate', 'error', COUNTS.error, (ctx) => ({ built: designateError(ctx), journey: DMM, done: inside(ctx), expect: { kind: 'error' } }));

  // pages off the way: the exception procedure, the application's access managers, the FAQ that spells the journey out
  const offDone: Record<DesignateOffPage, (ctx: Ctx) => string[]> = {
    'off-designate-exception': (ctx) => STEPS[DMM].slice(0, 1 + ctx.rng.int(2)),
    'off-designate-am': inside,
    'off-designate-faq': (ctx) => STEPS[DMM].slice(0, 1 + ctx.rng.int(2)),
  };
  for (const p of Object.keys(offDone) as DesignateOffPage[]) {
    e.emit(p, 'off-journey', COUNTS['off-journey'], (ctx) => ({ built: designateOff(ctx, p), journey: DMM, done: offDone[p](ctx), expect: { kind: 'none' } }), (rng, n) => ({ wrap: n % 5 === 4 && rng.chance(0.5) }));
  }

  // cross-journey: the designation pages under the other two journeys give none of their steps (the end page is not theirs)
  for (const p of DESIGNATE_IN_APP) {
    e.emit(p, 'cross-journey', COUNTS['cross-journey'], (ctx, n) => {
      const journey = OTHERS[n % OTHERS.length] as Journey;
      return { built: unmarked(designatePage(ctx, p, { chrome: usualChrome(ctx) })), journey, done: midJourney(ctx, journey, 1, 7), expect: { kind: 'none' } };
    });
  }
  // ... while the same service page, seen from them, is still their manage-access step
  e.emit('designate-service', 'cross-journey', COUNTS['cross-journey-service'], (ctx, n) => {
    const journey = OTHERS[n % OTHERS.length] as Journey;
    return { built: designateService(ctx, { target: 'manage' }), journey, done: before(journey, 'manage-access'), expect: { kind: 'step', step: 'manage-access' } };
  });
  // and the other journeys' pages under the designation journey give none of its steps (their end is not its end)
  const otherPages: [JourneyPage, (ctx: Ctx) => string[]][] = [
    ['csam-systems', (ctx) => STEPS[DMM].slice(0, 1 + ctx.rng.int(2))],
    ['ss-umoe-info', inside],
    ['uman-groups', inside],
    ['uman-group-home', inside],
    ['uman-users-list', (ctx) => STEPS[DMM].slice(0, 3 + ctx.rng.int(4))],
    ['uman-add-user', (ctx) => STEPS[DMM].slice(0, 3 + ctx.rng.int(4))],
    ['uman-new-user', (ctx) => STEPS[DMM].slice(0, 4 + ctx.rng.int(3))],
    ['uman-existing-person', (ctx) => STEPS[DMM].slice(0, 4 + ctx.rng.int(3))],
    ['uman-users-search', (ctx) => STEPS[DMM].slice(0, 3 + ctx.rng.int(4))],
    ['uman-edit-user-remove', (ctx) => STEPS[DMM].slice(0, 5 + ctx.rng.int(2))],
    ['uman-saved', (ctx) => STEPS[DMM].slice(0, 5 + ctx.rng.int(2))],
  ];
  for (const [p, done] of otherPages) {
    e.emit(p, 'cross-journey', COUNTS['cross-journey-other'], (ctx) => ({ built: unmarked(buildJourneyPage(ctx, p, { chrome: usualChrome(ctx) })), journey: DMM, done: done(ctx), expect: { kind: 'none' } }));
  }
  const offPages: OffPage[] = ['off-csam-news', 'off-csam-faq', 'off-csam-what', 'off-csam-keys', 'off-csam-mandates', 'off-ss-home'];
  for (const p of offPages) {
    e.emit(p, 'cross-journey', COUNTS['cross-journey-off'], (ctx) => ({ built: offPage(ctx, p), journey: DMM, done: STEPS[DMM].slice(0, 1 + ctx.rng.int(2)), expect: { kind: 'none' } }));
  }
}

export function generateCorpus(options: { set?: 'dev' | 'holdout' | 'all'; seed?: number } = {}): EvalCase[] {
  const set = options.set ?? 'all';
  const cases = build(options.seed ?? DEFAULT_SEED);
  return set === 'all' ? cases : cases.filter((c) => wordingSetOf(c.id) === set);
}
