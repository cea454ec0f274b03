// The journey of INAMI/RIZIV's guide (../shared/guide) as data: which page is
// which, and what to do there. The engine in lib/ knows nothing of CSAM; to
// change a step, change it here (and its sentences in locales/*.json).
import type { JourneyDef, PageSignals } from './types';
import * as L from './labels';

const CSAM = ['www.csam.be', 'csam.be'];
const SOCIAL_SECURITY = ['www.socialsecurity.be'];
/**
 * The public site of socialsecurity.be (confirmed: /site_fr/…/umoe/index.htm)
 * describes the access-management application — its features, its users —
 * without being it: no page of the application is taken for one there.
 */
const PUBLIC_SITE = [/^\/site_[a-z]{2}\//];
const FEDERAL_LOGIN = ['idp.iamfas.belgium.be', 'iamapps.belgium.be'];

const CSAM_HOME: PageSignals = {
  key: 'csam-home',
  hosts: CSAM,
  paths: [/^\/((fr|nl|de|en)\/?)?(index\.html?)?$/],
  headings: [L.SERVICE_ACCESS_MANAGERS, L.SERVICE_DIGITAL_KEYS, L.SERVICE_MANDATES],
  parts: [{ key: 'open', action: 'click', roles: ['link', 'button'], labels: L.SERVICE_ACCESS_MANAGERS }],
};

const CSAM_SERVICE: PageSignals = {
  key: 'csam-service',
  hosts: CSAM,
  // Confirmed paths (PORTAL.md).
  paths: [
    /^\/fr\/gestion-gestionnaires-acces\.html$/,
    /^\/nl\/beheer-toegangsbeheerders\.html$/,
    /^\/de\/verwaltung-zugangsverwalter\.html$/,
    /^\/en\/management-access-managers\.html$/,
  ],
  headings: [L.SERVICE_ACCESS_MANAGERS, L.DESIGNATE_MAIN_MANAGER, L.DESIGNATE_MANAGERS, L.MANAGE_ACCESS],
  parts: [{ key: 'manage', action: 'click', roles: ['link', 'button'], labels: L.MANAGE_ACCESS }],
};

// Inferred: the guide's screenshot shows a page offering the systems.
const CSAM_SYSTEMS: PageSignals = {
  key: 'csam-systems',
  hosts: CSAM,
  headings: [L.MANAGE_ACCESS],
  texts: [L.SOCIAL_SECURITY, L.FEDERAL, L.FLEMISH],
  parts: [{ key: 'social-security', action: 'click', roles: ['link', 'button'], labels: L.SOCIAL_SECURITY }],
};

// Confirmed public page of the online service on socialsecurity.be.
const SS_ACCESS_INFO: PageSignals = {
  key: 'ss-access-info',
  hosts: SOCIAL_SECURITY,
  paths: [/^\/site_(fr|nl|de|en)\/employer\/applics\/umoe\//],
  headings: [L.SS_ACCESS_SERVICE, L.HOW_TO_LOG_IN],
  parts: [{ key: 'log-in', action: 'click', roles: ['link', 'button'], labels: L.LOG_IN }],
};

// "In what target audience would you like to log in?" (EN confirmed, others inferred).
const SS_AUDIENCE: PageSignals = {
  key: 'ss-audience',
  hosts: SOCIAL_SECURITY,
  headings: [L.AUDIENCE_QUESTION],
  texts: [L.AUDIENCE_CITIZEN, L.AUDIENCE_ENTERPRISE, L.AUDIENCE_CIVIL_SERVANT, L.AUDIENCE_EHEALTH, L.AUDIENCE_LIMOSA],
  parts: [{ key: 'enterprise', action: 'click', roles: ['link', 'button'], labels: L.AUDIENCE_ENTERPRISE }],
};

// The federal login: credentials are none of our business, the card only explains.
const FEDERAL_LOGIN_PAGE: PageSignals = {
  key: 'federal-login',
  hosts: FEDERAL_LOGIN,
  paths: [/^\/fas\//],
  headings: [L.FEDERAL_LOGIN],
  texts: [L.EID_READER, L.ITSME],
  parts: [],
};

const UMAN_GROUPS: PageSignals = {
  key: 'uman-groups',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.UMAN_APP, L.CHOOSE_GROUP],
  texts: [L.EMPLOYER_GROUP, L.SERVICE_PROVIDER, L.SOCIAL_SECRETARIAT],
  parts: [{ key: 'employer', action: 'click', roles: ['link', 'button'], labels: L.EMPLOYER_GROUP }],
};

const UMAN_GROUP_HOME: PageSignals = {
  key: 'uman-group-home',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  // The menu repeats on every page of the application: the group's own heading tells this one apart.
  headings: [L.FEATURES, L.EMPLOYER_GROUP],
  texts: [L.USERS, L.ACCESS_MANAGERS],
  parts: [{ key: 'users', action: 'click', roles: ['link', 'button'], labels: L.USERS }],
};

const UMAN_ADD_USER: PageSignals = {
  key: 'uman-add-user',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.ADD_USER],
  fields: [L.NATIONAL_NUMBER],
  texts: [L.NEXT],
  parts: [
    { key: 'national-number', action: 'fill', roles: ['textbox'], labels: L.NATIONAL_NUMBER, check: 'national-number' },
    { key: 'next', action: 'click', roles: ['button', 'link'], labels: L.NEXT },
  ],
};

// Steps fill-required and tick-tr-fpp share this form: the first whose parts are
// not yet satisfied on the page is the one shown.
const UMAN_USER_FORM = {
  key: 'uman-user-form',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.NEW_USER, L.SECURED_APPLICATIONS],
  fields: [L.TR_FPP],
  commonFields: [L.EMAIL, L.PHONE],
} as const;

const UMAN_USER_SAVED: PageSignals = {
  key: 'uman-user-saved',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.SECURED_APPLICATIONS],
  messages: [L.USER_SAVED],
  parts: [],
};

// Any journey host's error page ("Une erreur est survenue", 404, maintenance).
const PORTAL_ERROR_PAGE: PageSignals = {
  key: 'portal-error',
  hosts: [...CSAM, ...SOCIAL_SECURITY, ...FEDERAL_LOGIN],
  headings: [L.PORTAL_ERROR],
  messages: [L.PORTAL_ERROR],
  detour: 'error',
  // One error heading is enough; the card shows only to someone mid-journey.
  minScore: 2,
  parts: [],
};

// Any journey host's "session expired" / "logged out" page: progress is kept,
// the way back is to log in again (its link is ringed when the page has one).
const SESSION_EXPIRED_PAGE: PageSignals = {
  key: 'session-expired',
  hosts: [...CSAM, ...SOCIAL_SECURITY, ...FEDERAL_LOGIN],
  headings: [L.SESSION_EXPIRED],
  messages: [L.SESSION_EXPIRED],
  detour: 'expired',
  decisive: true,
  minScore: 2,
  parts: [{ key: 'log-in-again', action: 'click', roles: ['link', 'button'], labels: L.LOG_IN_AGAIN }],
};

// The users page of the application, when adding is a button there (a list of
// the firm's users above it); the add-user form comes after it.
const UMAN_USERS_LIST: PageSignals = {
  key: 'uman-users-list',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.USERS],
  texts: [L.ADD_USER_ACTION],
  parts: [{ key: 'add', action: 'click', roles: ['button', 'link'], labels: L.ADD_USER_ACTION }],
};

// After "Suivant", the application may show a person it already knows.
const UMAN_EXISTING_USER: PageSignals = {
  key: 'uman-existing-user',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.EXISTING_USER, L.CURRENT_APPLICATIONS],
  messages: [L.ALREADY_KNOWN],
  parts: [{ key: 'edit', action: 'click', roles: ['link', 'button'], labels: L.EDIT }],
};

// An existing person's form: like the new-user form, titled as an edit.
const UMAN_EDIT_USER = {
  key: 'uman-edit-user',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.EDIT_USER, L.SECURED_APPLICATIONS],
  fields: [L.TR_FPP],
  commonFields: [L.EMAIL, L.PHONE],
} as const;

// The users page, read for its search box (the removal journey starts here).
const UMAN_USERS_SEARCH: PageSignals = {
  key: 'uman-users-search',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.USERS],
  fields: [L.SEARCH_USER],
  texts: [L.SEARCH],
  parts: [
    { key: 'search-box', action: 'fill', roles: ['textbox'], labels: L.SEARCH_USER },
    { key: 'search', action: 'click', roles: ['button'], labels: L.SEARCH },
  ],
};

const UMAN_SEARCH_RESULTS: PageSignals = {
  key: 'uman-search-results',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.SEARCH_RESULTS],
  fields: [L.SEARCH_USER],
  // "2 résultats": the users page has the same search box and edit links, not this.
  messages: [L.RESULTS_FOUND],
  texts: [L.EDIT],
  parts: [{ key: 'open', action: 'click', roles: ['link', 'button'], labels: L.EDIT }],
};

// A known person who already has TR-FPP: nothing left to do in this journey.
const UMAN_EXISTING_USER_WITH_TR_FPP: PageSignals = {
  key: 'uman-existing-user-with-tr-fpp',
  hosts: SOCIAL_SECURITY,
  notPaths: PUBLIC_SITE,
  headings: [L.EXISTING_USER, L.CURRENT_APPLICATIONS],
  messages: [L.ALREADY_KNOWN],
  mentions: [L.TR_FPP],
  sentenceKey: 'journeyDone.already-has-access',
  provesDone: true,
  parts: [],
};

// Designating the main access manager (issue 17). After the standard
// procedure's login, the designation application on csam.be (inferred: its
// pages could not be seen). It may ask the enterprise number and the person on
// one page or on two: the two-page shapes each have their own page, the
// one-page shape is the form both steps share (their parts in order). Each
// step lists its own page last: clicking "Next" there completes it.
/**
 * Where the designation application runs is not public (PORTAL.md infers
 * csam.be/app032/…); CSAM's applications also run on iamapps.belgium.be, the
 * federal host the standard procedure's login is on. Its pages are known by
 * their forms, never by the host.
 */
const DESIGNATION_HOSTS = [...CSAM, 'iamapps.belgium.be'];

const DESIGNATE_COMPANY: PageSignals = {
  key: 'csam-designate-company',
  hosts: DESIGNATION_HOSTS,
  headings: [L.DESIGNATE_MAIN_MANAGER],
  fields: [L.ENTERPRISE_NUMBER],
  texts: [L.NEXT],
  parts: [
    { key: 'enterprise-number', action: 'fill', roles: ['textbox'], labels: L.ENTERPRISE_NUMBER, check: 'enterprise-number' },
    { key: 'next', action: 'click', roles: ['button', 'link'], labels: L.NEXT },
  ],
};

const NISS_AND_PHONE = [
  { key: 'national-number', action: 'fill', roles: ['textbox'], labels: L.NATIONAL_NUMBER, check: 'national-number' },
  { key: 'phone', action: 'fill', roles: ['textbox'], labels: L.PHONE },
  { key: 'next', action: 'click', roles: ['button', 'link'], labels: L.NEXT },
] as const;

const DESIGNATE_PERSON: PageSignals = {
  key: 'csam-designate-person',
  hosts: DESIGNATION_HOSTS,
  headings: [L.DESIGNATE_MAIN_MANAGER],
  fields: [L.NATIONAL_NUMBER, L.PHONE],
  texts: [L.NEXT],
  parts: NISS_AND_PHONE,
};

const DESIGNATE_FORM = {
  key: 'csam-designate-form',
  hosts: DESIGNATION_HOSTS,
  headings: [L.DESIGNATE_MAIN_MANAGER],
  fields: [L.ENTERPRISE_NUMBER, L.NATIONAL_NUMBER, L.PHONE],
  // Both numbers together make it this form; either alone is one of the two-page shapes.
  requiredFields: [L.ENTERPRISE_NUMBER, L.NATIONAL_NUMBER],
  texts: [L.NEXT],
} as const;

const DESIGNATE_CONFIRM: PageSignals = {
  key: 'csam-designate-confirm',
  hosts: DESIGNATION_HOSTS,
  headings: [L.DESIGNATE_MAIN_MANAGER, L.SUMMARY],
  // (Not the fields' names the summary repeats: the forms have them too, as labels.)
  texts: [L.CONFIRM],
  parts: [{ key: 'confirm', action: 'click', roles: ['button', 'link'], labels: L.CONFIRM }],
};

// Only a designation shows this message: it proves the designation, whichever step came before.
const DESIGNATION_DONE_PAGE: PageSignals = {
  key: 'csam-designation-done',
  hosts: DESIGNATION_HOSTS,
  // Every page of the designation has its title: it is no sign of the end, only a hint.
  texts: [L.DESIGNATE_MAIN_MANAGER],
  messages: [L.DESIGNATION_DONE, L.ACCOUNT_ACTIVATION],
  provesDone: true,
  parts: [],
};

/** The designation's pages: no page of the other journeys. */
const DESIGNATION_PAGES: readonly PageSignals[] = [
  DESIGNATE_COMPANY,
  DESIGNATE_PERSON,
  { ...DESIGNATE_FORM, parts: [] },
  DESIGNATE_CONFIRM,
  DESIGNATION_DONE_PAGE,
];

const TICK_AND_SAVE = [
  { key: 'tick', action: 'check', roles: ['checkbox'], labels: L.TR_FPP },
  { key: 'save', action: 'click', roles: ['button'], labels: L.SAVE },
] as const;

/** The first six steps: the same in every journey of this guide. */
const TO_THE_USERS = [
  { id: 'open-service', pages: [CSAM_HOME] },
  { id: 'manage-access', pages: [CSAM_SERVICE] },
  { id: 'social-security', pages: [CSAM_SYSTEMS] },
  { id: 'log-in', pages: [SS_ACCESS_INFO, SS_AUDIENCE, FEDERAL_LOGIN_PAGE] },
  { id: 'employer-group', pages: [UMAN_GROUPS] },
  { id: 'users-menu', pages: [UMAN_GROUP_HOME] },
] as const;

export const ADD_ACCESS_JOURNEY: JourneyDef = {
  id: 'add-access',
  prerequisites: [{ id: 'bce-number' }, { id: 'main-access-manager', guidedBy: 'designate-main-manager' }],
  steps: [
    ...TO_THE_USERS,
    { id: 'add-user', pages: [UMAN_USERS_LIST, UMAN_ADD_USER] },
    // A new person: fill the form. A known person: open their account. The page decides.
    { id: 'fill-required', branch: 'account', pages: [{ ...UMAN_USER_FORM, parts: [{ key: 'required', action: 'fill-required' }] }] },
    { id: 'edit-existing', branch: 'account', pages: [UMAN_EXISTING_USER] },
    {
      id: 'tick-tr-fpp',
      pages: [
        { ...UMAN_USER_FORM, parts: TICK_AND_SAVE },
        { ...UMAN_EDIT_USER, parts: TICK_AND_SAVE },
      ],
    },
  ],
  finish: [UMAN_USER_SAVED, UMAN_EXISTING_USER_WITH_TR_FPP],
  detours: [PORTAL_ERROR_PAGE, SESSION_EXPIRED_PAGE],
  elsewhere: DESIGNATION_PAGES,
};

export const REMOVE_ACCESS_JOURNEY: JourneyDef = {
  id: 'remove-access',
  prerequisites: [{ id: 'main-access-manager' }],
  steps: [
    ...TO_THE_USERS,
    { id: 'find-user', pages: [UMAN_USERS_SEARCH] },
    { id: 'open-user', pages: [UMAN_SEARCH_RESULTS] },
    {
      id: 'untick-tr-fpp',
      pages: [
        {
          ...UMAN_EDIT_USER,
          parts: [
            { key: 'untick', action: 'uncheck', roles: ['checkbox'], labels: L.TR_FPP },
            { key: 'save', action: 'click', roles: ['button'], labels: L.SAVE },
          ],
        },
      ],
    },
  ],
  finish: [UMAN_USER_SAVED],
  detours: [PORTAL_ERROR_PAGE, SESSION_EXPIRED_PAGE],
  elsewhere: DESIGNATION_PAGES,
};

/**
 * The guide's second prerequisite, guided too (issue 17): on the same service
 * page, the first section's standard procedure (never "Gérer les accès"), the
 * login, the firm and the person designated, confirmation; then the new main
 * access manager's first login, which no page shows: the user ticks it.
 */
export const DESIGNATE_JOURNEY: JourneyDef = {
  id: 'designate-main-manager',
  prerequisites: [{ id: 'legal-representative', notes: ['search', 'exception'] }],
  steps: [
    TO_THE_USERS[0],
    {
      id: 'choose-designate',
      pages: [
        {
          ...CSAM_SERVICE,
          // Not by the first section's title: the designation's own pages repeat
          // it ("Désigner un Gestionnaire d'Accès Principal"), and "Désigner des
          // gestionnaires d'accès" reads like it to tolerant matching. By the
          // service's name, its other section and the procedure's own link.
          headings: [L.SERVICE_ACCESS_MANAGERS, L.MANAGE_ACCESS],
          texts: [L.STANDARD_PROCEDURE],
          parts: [{ key: 'standard', action: 'click', roles: ['link', 'button'], labels: L.STANDARD_PROCEDURE }],
        },
      ],
    },
    // CSAM's application logs in through the federal login only (socialsecurity.be's pages are not on this way).
    { id: 'log-in', pages: [FEDERAL_LOGIN_PAGE] },
    { id: 'enterprise-number', pages: [{ ...DESIGNATE_FORM, parts: [DESIGNATE_COMPANY.parts[0]!] }, DESIGNATE_COMPANY] },
    { id: 'designee-details', pages: [{ ...DESIGNATE_FORM, parts: NISS_AND_PHONE }, DESIGNATE_PERSON] },
    { id: 'confirm-designation', pages: [DESIGNATE_CONFIRM] },
    { id: 'activate-account', pages: [], manual: true },
  ],
  finish: [DESIGNATION_DONE_PAGE],
  detours: [PORTAL_ERROR_PAGE, SESSION_EXPIRED_PAGE],
  // "Gérer les accès" leads to the systems page: the other journeys' way, not this one's.
  elsewhere: [CSAM_SYSTEMS],
  fulfils: 'main-access-manager',
};

/** The journeys the popup offers, in order. */
export const JOURNEYS: readonly JourneyDef[] = [ADD_ACCESS_JOURNEY, REMOVE_ACCESS_JOURNEY, DESIGNATE_JOURNEY];

export function journeyById(id: unknown): JourneyDef {
  return JOURNEYS.find((j) => j.id === id) ?? ADD_ACCESS_JOURNEY;
}
