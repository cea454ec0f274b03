// The corpus's own wording, written from PORTAL.md and INAMI's guide only (never
// from guide/labels.ts). Each phrase lists, per language, `dev` wordings (the
// confirmed portal wording first, when PORTAL.md gives one) and `holdout`
// wordings kept apart for the holdout set.
//
// Compact form: 'a | b | c || d | e' = dev [a, b, c], holdout [d, e].
// Placeholders: {n} (a count), {group} (the group's name), {name} (a person).

import type { Lang } from './types.ts';

export interface Split {
  dev: string[];
  holdout: string[];
}
export type Phrase = Record<Lang, Split>;

function split(s: string): Split {
  const [d = '', h = ''] = s.split('||');
  const list = (x: string) =>
    x
      .split(' | ')
      .map((w) => w.trim())
      .filter((w) => w.length > 0);
  const dev = list(d);
  const holdout = list(h);
  return { dev, holdout: holdout.length > 0 ? holdout : dev };
}

/** One phrase in the four languages, each in the compact form above. */
function ph(fr: string, nl: string, de: string, en: string): Phrase {
  return { fr: split(fr), nl: split(nl), de: split(de), en: split(en) };
}

/** Names that stay the same in every language and set. */
function fixed(s: string): Phrase {
  return ph(s, s, s, s);
}

// ---------------------------------------------------------------------------
// csam.be (public site)
// ---------------------------------------------------------------------------
export const csam = {
  navHome: ph('Accueil | Page d\'accueil || Début', 'Home | Startpagina || Homepagina', 'Startseite | Home || Start', 'Home | Home page || Start'),
  navWhat: ph(
    "Qu'est-ce que CSAM ? | C'est quoi CSAM ? | CSAM, c'est quoi ? || À propos de CSAM | Que fait CSAM ?",
    'Wat is CSAM? | CSAM, wat is dat? | Wat doet CSAM? || Over CSAM | Wat is CSAM eigenlijk?',
    'Was ist CSAM? | CSAM – was ist das? | Was macht CSAM? || Über CSAM | Was bietet CSAM?',
    'What is CSAM? | What is CSAM | What does CSAM do? || About CSAM | CSAM in brief',
  ),
  navServices: ph('Services | Nos services || Services en ligne', 'Diensten | Onze diensten || Onlinediensten', 'Dienste | Unsere Dienste || Online-Dienste', 'Services | Our services || Online services'),
  navContact: ph('Contact | Nous contacter || Aide et contact', 'Contact | Contacteer ons || Hulp en contact', 'Kontakt | Kontaktieren Sie uns || Hilfe und Kontakt', 'Contact | Contact us || Help and contact'),
  myKeys: ph(
    'Mes clés numériques | Mes clefs numériques | Gérer mes clés numériques || Mes clés numériques (MyDigitalKeys) | Vos clés numériques',
    'Mijn digitale sleutels | Mijn digitale sleutels beheren | Digitale sleutels || Uw digitale sleutels | Beheer van mijn digitale sleutels',
    'Meine digitalen Schlüssel | Digitale Schlüssel | Meine digitalen Schlüssel verwalten || Ihre digitalen Schlüssel | Verwaltung meiner digitalen Schlüssel',
    'My digital keys | Digital keys | Manage my digital keys || Your digital keys | Managing my digital keys',
  ),
  /** The service the user opens first (step open-service). */
  serviceAM: ph(
    "Gestion des Gestionnaires d'Accès | GESTION DES GESTIONNAIRES D'ACCÈS | Gestion des gestionnaires d'accès | Gestion des gestionnaires d'accès (GGA) || Gérer les gestionnaires d'accès | Service de gestion des gestionnaires d'accès",
    'Beheer der Toegangsbeheerders | BEHEER DER TOEGANGSBEHEERDERS | Beheer der toegangsbeheerders (BTB) | Beheer van de toegangsbeheerders || Toegangsbeheerders beheren | Het beheer van toegangsbeheerders',
    'Verwaltung der Zugangsverwalter | VERWALTUNG DER ZUGANGSVERWALTER | Verwaltung der Zugangsverwalter (VZV) || Zugangsverwalter verwalten | Verwaltung von Zugangsverwaltern',
    'Management of access managers | MANAGEMENT OF ACCESS MANAGERS | Management of Access Managers || Managing access managers | Access managers management',
  ),
  serviceAMIconAlt: fixed("Icône gestion des Gestionnaires d'Accès"),
  serviceMandates: ph(
    'Gestion des mandats | Gérer les mandats | Gestion des Mandats || Mandats | Gestion de mes mandats',
    'Beheer van mandaten | Mandatenbeheer | Beheer der mandaten || Mandaten beheren | Mandaten',
    'Verwaltung der Mandate | Mandatsverwaltung | Mandate verwalten || Mandate | Verwaltung von Mandaten',
    'Management of mandates | Mandate management | Managing mandates || Mandates | Manage mandates',
  ),
  homeHeading: ph(
    'Bienvenue sur CSAM | CSAM, votre accès aux services en ligne des autorités || Bienvenue | CSAM : la gestion des accès et des identités',
    'Welkom bij CSAM | CSAM, uw toegang tot de onlinediensten van de overheid || Welkom | CSAM: toegangs- en identiteitsbeheer',
    'Willkommen bei CSAM | CSAM, Ihr Zugang zu den Online-Diensten der Behörden || Willkommen | CSAM: Zugangs- und Identitätsverwaltung',
    'Welcome to CSAM | CSAM, your access to the online services of the authorities || Welcome | CSAM: identity and access management',
  ),
  homeIntro: ph(
    "CSAM regroupe les services qui vous permettent de vous identifier et d'accéder en toute sécurité aux services en ligne des administrations belges. || CSAM est le système de gestion des identités et des accès utilisé par les autorités fédérales, régionales et communautaires.",
    'CSAM groepeert de diensten waarmee u zich kunt identificeren en veilig toegang krijgt tot de onlinediensten van de Belgische overheden. || CSAM is het systeem voor identiteits- en toegangsbeheer van de federale, regionale en gemeenschapsoverheden.',
    'CSAM bündelt die Dienste, mit denen Sie sich identifizieren und sicher auf die Online-Dienste der belgischen Behörden zugreifen können. || CSAM ist das Identitäts- und Zugangsverwaltungssystem der föderalen, regionalen und gemeinschaftlichen Behörden.',
    'CSAM brings together the services that let you identify yourself and safely access the online services of the Belgian authorities. || CSAM is the identity and access management system used by the federal, regional and community authorities.',
  ),
  servicesHeading: ph(
    'Nos services | Services | Choisissez un service || Que souhaitez-vous faire ?',
    'Onze diensten | Diensten | Kies een dienst || Wat wilt u doen?',
    'Unsere Dienste | Dienste | Wählen Sie einen Dienst || Was möchten Sie tun?',
    'Our services | Services | Choose a service || What would you like to do?',
  ),
  descKeys: ph(
    'Activez, consultez et gérez vos clés numériques pour vous connecter aux services en ligne. || Gérez vos moyens de connexion.',
    'Activeer, bekijk en beheer uw digitale sleutels om u aan te melden bij onlinediensten. || Beheer uw aanmeldingsmiddelen.',
    'Aktivieren, sehen und verwalten Sie Ihre digitalen Schlüssel für die Anmeldung bei Online-Diensten. || Verwalten Sie Ihre Anmeldemittel.',
    'Activate, view and manage the digital keys you use to log in to online services. || Manage your means of logging in.',
  ),
  descAM: ph(
    "Désignez les gestionnaires d'accès de votre entreprise et gérez les accès aux services en ligne. || Pour les entreprises : gestionnaire d'accès principal, gestionnaires d'accès et accès.",
    'Stel de toegangsbeheerders van uw onderneming aan en beheer de toegangen tot de onlinediensten. || Voor ondernemingen: hoofdtoegangsbeheerder, toegangsbeheerders en toegangen.',
    'Bestimmen Sie die Zugangsverwalter Ihres Unternehmens und verwalten Sie die Zugänge zu den Online-Diensten. || Für Unternehmen: Hauptzugangsverwalter, Zugangsverwalter und Zugänge.',
    "Appoint your company's access managers and manage access to online services. || For companies: chief access manager, access managers and access.",
  ),
  descMandates: ph(
    "Donnez mandat à un tiers pour agir en votre nom dans les services en ligne. || Consultez et gérez les mandats de votre organisation.",
    'Geef een derde een mandaat om in uw naam te handelen in de onlinediensten. || Bekijk en beheer de mandaten van uw organisatie.',
    'Erteilen Sie einem Dritten ein Mandat, in Ihrem Namen in den Online-Diensten zu handeln. || Sehen und verwalten Sie die Mandate Ihrer Organisation.',
    'Give a third party a mandate to act on your behalf in online services. || View and manage your organisation\'s mandates.',
  ),
  /** Service page sections. */
  serviceIntro: ph(
    "Votre entreprise souhaite utiliser les services en ligne des autorités ? Elle doit d'abord s'enregistrer. Ce service vous permet de désigner les personnes qui géreront les accès au sein de votre entreprise. || Pour accéder aux services en ligne sécurisés, une entreprise désigne d'abord un gestionnaire d'accès principal.",
    'Wil uw onderneming de onlinediensten van de overheid gebruiken? Dan moet ze zich eerst registreren. Met deze dienst stelt u de personen aan die de toegangen binnen uw onderneming beheren. || Om toegang te krijgen tot beveiligde onlinediensten stelt een onderneming eerst een hoofdtoegangsbeheerder aan.',
    'Ihr Unternehmen möchte die Online-Dienste der Behörden nutzen? Dann muss es sich zuerst registrieren. Mit diesem Dienst bestimmen Sie die Personen, die die Zugänge in Ihrem Unternehmen verwalten. || Um auf gesicherte Online-Dienste zuzugreifen, bestimmt ein Unternehmen zuerst einen Hauptzugangsverwalter.',
    'Does your company want to use the online services of the authorities? It must first register. This service lets you appoint the people who will manage access within your company. || To use secured online services, a company first appoints a chief access manager.',
  ),
  appointMain: ph(
    "Désigner un Gestionnaire d'Accès Principal | Désigner un gestionnaire d'accès principal || Désignation du gestionnaire d'accès principal",
    'Een Hoofdtoegangsbeheerder aanstellen | Een hoofdtoegangsbeheerder aanstellen || Aanstelling van de hoofdtoegangsbeheerder',
    'Einen Hauptzugangsverwalter bestimmen | Hauptzugangsverwalter bestimmen || Bestimmung des Hauptzugangsverwalters',
    'Appoint a Chief Access Manager | Appoint a chief access manager || Appointing the chief access manager',
  ),
  procStandard: ph('Procédure standard | Procédure normale || La procédure standard', 'Standaardprocedure | Standaard procedure || De standaardprocedure', 'Standardverfahren | Normales Verfahren || Das Standardverfahren', 'Standard procedure | Standard process || The standard procedure'),
  procException: ph("Procédure d'exception | Procédure exceptionnelle || La procédure d'exception", 'Uitzonderingsprocedure | Uitzonderlijke procedure || De uitzonderingsprocedure', 'Ausnahmeverfahren | Sonderverfahren || Das Ausnahmeverfahren', 'Exception procedure | Exceptional procedure || The exception procedure'),
  appointAM: ph(
    "Désigner des gestionnaires d'accès | Désigner les gestionnaires d'accès || Désignation des gestionnaires d'accès",
    'Toegangsbeheerders aanstellen | De toegangsbeheerders aanstellen || Aanstelling van toegangsbeheerders',
    'Zugangsverwalter bestimmen | Die Zugangsverwalter bestimmen || Bestimmung der Zugangsverwalter',
    'Appoint access managers | Appoint the access managers || Appointing access managers',
  ),
  /** The 3rd choice (step manage-access). */
  manageAccess: ph(
    'Gérer les accès | GÉRER LES ACCÈS | Gérer les accès de votre entreprise || Gestion des accès | Gérer vos accès',
    'Toegangen beheren | TOEGANGEN BEHEREN | De toegangen beheren || Beheer van de toegangen | Uw toegangen beheren',
    'Zugänge verwalten | ZUGÄNGE VERWALTEN | Die Zugänge verwalten || Verwaltung der Zugänge | Ihre Zugänge verwalten',
    'Manage access | MANAGE ACCESS | Manage your company\'s access || Access management | Managing access',
  ),
  manageAccessDesc: ph(
    "L'octroi des accès aux services en ligne ne relève pas de CSAM : chaque domaine gère ses propres accès. Choisissez le domaine concerné. || Les accès sont gérés par domaine : sécurité sociale, fédéral, Flandre.",
    'Het toekennen van toegangen tot onlinediensten is geen taak van CSAM: elk domein beheert zijn eigen toegangen. Kies het betrokken domein. || De toegangen worden per domein beheerd: sociale zekerheid, federaal, Vlaanderen.',
    'Die Vergabe von Zugängen zu Online-Diensten ist nicht Sache von CSAM: Jeder Bereich verwaltet seine eigenen Zugänge. Wählen Sie den betreffenden Bereich. || Die Zugänge werden je Bereich verwaltet: soziale Sicherheit, föderal, Flandern.',
    'Granting access to online services is not done by CSAM: each domain manages its own access. Choose the domain concerned. || Access is managed per domain: social security, federal, Flanders.',
  ),
  systemsHeading: ph(
    'Gérer les accès | Choisissez le domaine | Gestion des accès par domaine || Pour quel domaine souhaitez-vous gérer les accès ?',
    'Toegangen beheren | Kies het domein | Toegangsbeheer per domein || Voor welk domein wilt u toegangen beheren?',
    'Zugänge verwalten | Wählen Sie den Bereich | Zugangsverwaltung je Bereich || Für welchen Bereich möchten Sie Zugänge verwalten?',
    'Manage access | Choose the domain | Access management per domain || For which domain do you want to manage access?',
  ),
  /** The systems (step social-security). */
  socialSecurity: ph(
    'Sécurité sociale | SÉCURITÉ SOCIALE | La sécurité sociale | Accès à la sécurité sociale || Sécurité sociale (UMAN) | Domaine de la sécurité sociale',
    'Sociale zekerheid | SOCIALE ZEKERHEID | De sociale zekerheid | Toegang tot de sociale zekerheid || Sociale zekerheid (UMAN) | Domein sociale zekerheid',
    'Soziale Sicherheit | SOZIALE SICHERHEIT | Die soziale Sicherheit | Zugang zur sozialen Sicherheit || Soziale Sicherheit (UMAN) | Bereich soziale Sicherheit',
    'Social security | SOCIAL SECURITY | Social Security | Access to social security || Social security (UMAN) | Social security domain',
  ),
  federal: ph(
    'Fédéral (BOSA) | Autorités fédérales (BOSA) | SPF BOSA || Services publics fédéraux (RMA)',
    'Federaal (BOSA) | Federale overheid (BOSA) | FOD BOSA || Federale overheidsdiensten (RMA)',
    'Föderal (BOSA) | Föderalbehörden (BOSA) | FÖD BOSA || Föderale öffentliche Dienste (RMA)',
    'Federal (BOSA) | Federal government (BOSA) | FPS BOSA || Federal public services (RMA)',
  ),
  flemish: ph(
    'Gouvernement flamand | Autorités flamandes || Vlaamse overheid',
    'Vlaamse overheid | Vlaamse Overheid || De Vlaamse overheid',
    'Flämische Regierung | Flämische Behörden || Vlaamse overheid',
    'Flemish government | Flemish authorities || Government of Flanders',
  ),
  cookieText: ph(
    'Ce site utilise des cookies fonctionnels et, avec votre accord, des cookies analytiques. || Nous utilisons des cookies pour améliorer votre expérience sur ce site.',
    'Deze website gebruikt functionele cookies en, met uw toestemming, analytische cookies. || Wij gebruiken cookies om uw ervaring op deze website te verbeteren.',
    'Diese Website verwendet funktionale Cookies und, mit Ihrer Zustimmung, Analyse-Cookies. || Wir verwenden Cookies, um Ihre Erfahrung auf dieser Website zu verbessern.',
    'This website uses functional cookies and, with your consent, analytical cookies. || We use cookies to improve your experience on this website.',
  ),
  cookieAccept: ph('Accepter | Tout accepter || J\'accepte', 'Aanvaarden | Alles aanvaarden || Akkoord', 'Akzeptieren | Alle akzeptieren || Einverstanden', 'Accept | Accept all || I agree'),
  cookieRefuse: ph('Refuser | Uniquement les cookies nécessaires || Non merci', 'Weigeren | Enkel noodzakelijke cookies || Nee, bedankt', 'Ablehnen | Nur notwendige Cookies || Nein, danke', 'Refuse | Necessary cookies only || No thanks'),
  footer: ph(
    'Un service des autorités fédérales, régionales et communautaires | CSAM – un service de la sécurité sociale et du SPF BOSA || Accessibilité · Vie privée · Conditions d\'utilisation',
    'Een dienst van de federale, regionale en gemeenschapsoverheden | CSAM – een dienst van de sociale zekerheid en de FOD BOSA || Toegankelijkheid · Privacy · Gebruiksvoorwaarden',
    'Ein Dienst der föderalen, regionalen und gemeinschaftlichen Behörden | CSAM – ein Dienst der sozialen Sicherheit und des FÖD BOSA || Barrierefreiheit · Datenschutz · Nutzungsbedingungen',
    'A service of the federal, regional and community authorities | CSAM – a service of social security and FPS BOSA || Accessibility · Privacy · Terms of use',
  ),
  skip: ph('Aller au contenu | Passer au contenu principal || Contenu', 'Naar de inhoud | Ga naar de hoofdinhoud || Inhoud', 'Zum Inhalt | Zum Hauptinhalt springen || Inhalt', 'Skip to content | Skip to main content || Content'),
};

// ---------------------------------------------------------------------------
// socialsecurity.be public pages and the target-audience choice
// ---------------------------------------------------------------------------
export const ss = {
  siteName: ph(
    'Portail de la sécurité sociale | Sécurité sociale | socialsecurity.be || La sécurité sociale en Belgique',
    'Portaal van de sociale zekerheid | Sociale zekerheid | socialsecurity.be || De sociale zekerheid in België',
    'Portal der sozialen Sicherheit | Soziale Sicherheit | socialsecurity.be || Die soziale Sicherheit in Belgien',
    'Social security portal | Social security | socialsecurity.be || Social security in Belgium',
  ),
  navCitizens: ph('Citoyens | Particuliers || Pour les citoyens', 'Burgers | Particulieren || Voor burgers', 'Bürger | Privatpersonen || Für Bürger', 'Citizens | Individuals || For citizens'),
  navEmployers: ph('Entreprises | Employeurs || Pour les entreprises', 'Ondernemingen | Werkgevers || Voor ondernemingen', 'Unternehmen | Arbeitgeber || Für Unternehmen', 'Enterprises | Employers || For companies'),
  navPros: ph('Professionnels | Prestataires de services || Pour les professionnels', 'Professionals | Dienstverleners || Voor professionals', 'Fachleute | Dienstleister || Für Fachleute', 'Professionals | Service providers || For professionals'),
  onlineServices: ph('Services en ligne | Tous les services en ligne || Applications en ligne', 'Onlinediensten | Alle onlinediensten || Online toepassingen', 'Online-Dienste | Alle Online-Dienste || Online-Anwendungen', 'Online services | All online services || Online applications'),
  /** Title of the access-management service's public page. */
  umoeTitle: ph(
    'Gestion des accès pour entreprises et organisations | Gestion des accès pour les entreprises et organisations | Gestion des accès – entreprises et organisations || Gestion des accès pour entreprises et organismes | La gestion des accès des entreprises',
    'Toegangsbeheer voor Ondernemingen en Organisaties | Toegangsbeheer voor ondernemingen en organisaties | Toegangsbeheer – ondernemingen en organisaties || Toegangsbeheer voor bedrijven en organisaties | Het toegangsbeheer van ondernemingen',
    'Zugangsverwaltung für Unternehmen und Organisationen | Zugangsverwaltung – Unternehmen und Organisationen || Zugangsverwaltung für Betriebe und Organisationen | Die Zugangsverwaltung der Unternehmen',
    'Access management for enterprises and organisations | Access management for companies and organisations | Access management – enterprises and organisations || Managing access for companies and organisations | Enterprise access management',
  ),
  umoeFeatures: ph('Fonctionnalités | Fonctionnalités du service || Que pouvez-vous faire ?', 'Functionaliteiten | Functionaliteiten van de dienst || Wat kunt u doen?', 'Funktionalitäten | Funktionen des Dienstes || Was können Sie tun?', 'Features | Features of the service || What can you do?'),
  umoeText: ph(
    "Ce service en ligne permet au gestionnaire d'accès de votre entreprise de créer des comptes utilisateurs, de leur attribuer des accès aux applications sécurisées et de gérer les groupes de l'entreprise. | Grâce à ce service, vous gérez les utilisateurs de votre entreprise et leurs droits d'accès aux services en ligne de la sécurité sociale. || Le gestionnaire d'accès y crée les utilisateurs et leur donne accès aux applications.",
    'Met deze onlinedienst kan de toegangsbeheerder van uw onderneming gebruikersaccounts aanmaken, toegangen tot beveiligde toepassingen toekennen en de groepen van de onderneming beheren. | Via deze dienst beheert u de gebruikers van uw onderneming en hun toegangsrechten tot de onlinediensten van de sociale zekerheid. || De toegangsbeheerder maakt er gebruikers aan en geeft hun toegang tot de toepassingen.',
    'Mit diesem Online-Dienst kann der Zugangsverwalter Ihres Unternehmens Benutzerkonten anlegen, Zugänge zu gesicherten Anwendungen erteilen und die Gruppen des Unternehmens verwalten. | Über diesen Dienst verwalten Sie die Benutzer Ihres Unternehmens und deren Zugriffsrechte auf die Online-Dienste der sozialen Sicherheit. || Der Zugangsverwalter legt dort Benutzer an und gibt ihnen Zugang zu den Anwendungen.',
    "This online service lets your company's access manager create user accounts, grant access to secured applications and manage the company's groups. | With this service you manage your company's users and their access rights to the social security online services. || The access manager creates users there and gives them access to applications.",
  ),
  umoeLoginHeading: ph(
    'Se connecter | Comment vous connecter ? | Connexion || Accéder au service',
    'Hoe meldt u zich aan? | Aanmelden | Hoe aanmelden? || Toegang tot de dienst',
    'Wie melden Sie sich an? | Anmelden | Anmeldung || Zugang zum Dienst',
    'How do you log in? | Log in | Logging in || Access the service',
  ),
  /** The link to the login (step log-in). */
  loginLink: ph(
    'Se connecter | Connectez-vous | Se connecter à la gestion des accès | Accéder au service en ligne || Connexion | Me connecter au service',
    'Aanmelden | Meld u aan | Aanmelden bij Toegangsbeheer | Naar de onlinedienst || Inloggen | Aanmelden bij de dienst',
    'Anmelden | Melden Sie sich an | Bei der Zugangsverwaltung anmelden | Zum Online-Dienst || Einloggen | Beim Dienst anmelden',
    'Log in | Log in to access management | Go to the online service | Login || Sign in | Log in to the service',
  ),
  /** "In what target audience would you like to log in?" (EN confirmed). */
  audienceQuestion: ph(
    'Dans quel public cible souhaitez-vous vous connecter ? | Sous quel profil souhaitez-vous vous connecter ? | Choisissez votre public cible || En tant que quoi souhaitez-vous vous connecter ?',
    'In welke doelgroep wilt u zich aanmelden? | Met welk profiel wilt u zich aanmelden? | Kies uw doelgroep || Als wat wilt u zich aanmelden?',
    'In welcher Zielgruppe möchten Sie sich anmelden? | Mit welchem Profil möchten Sie sich anmelden? | Wählen Sie Ihre Zielgruppe || Als was möchten Sie sich anmelden?',
    'In what target audience would you like to log in? | Choose your target audience | Which profile do you want to log in with? || Log in as',
  ),
  audCitizen: ph('Citoyen | Citoyens || En tant que citoyen', 'Burger | Burgers || Als burger', 'Bürger | Bürgerin / Bürger || Als Bürger', 'Citizen | Citizens || As a citizen'),
  audEnterprise: ph(
    'Entreprise | Entreprises | Employeur ou entreprise || En tant qu\'entreprise | Entreprise / organisation',
    'Onderneming | Ondernemingen | Werkgever of onderneming || Als onderneming | Onderneming / organisatie',
    'Unternehmen | Arbeitgeber oder Unternehmen | Unternehmen und Organisationen || Als Unternehmen | Unternehmen / Organisation',
    'Enterprise | Company | Enterprises || As an enterprise | Business / organisation',
  ),
  audCivil: ph('Fonctionnaire | Agent de la fonction publique || Administration', 'Ambtenaar | Overheidsmedewerker || Overheid', 'Beamter | Öffentlicher Dienst || Behörde', 'Civil servant | Public official || Government'),
  audEhealth: fixed('eHealth'),
  audLimosa: fixed('Limosa'),
  audienceHint: ph(
    "Choisissez le public pour lequel vous voulez accéder aux services en ligne. Vous choisirez ensuite votre moyen d'identification. || Après ce choix, vous vous identifiez avec votre clé numérique.",
    'Kies de doelgroep waarvoor u toegang wilt tot de onlinediensten. Daarna kiest u uw identificatiemiddel. || Na deze keuze identificeert u zich met uw digitale sleutel.',
    'Wählen Sie die Zielgruppe, für die Sie auf die Online-Dienste zugreifen möchten. Danach wählen Sie Ihr Identifikationsmittel. || Nach dieser Wahl identifizieren Sie sich mit Ihrem digitalen Schlüssel.',
    'Choose the audience for which you want to access the online services. Then you will choose your means of identification. || After this choice you identify yourself with your digital key.',
  ),
  contactCenter: ph(
    'Contact Center : 02 511 51 51 (du lundi au vendredi de 7 h à 20 h) | Une question ? Appelez le Contact Center au 02 511 51 51 || Contact Center 02 511 51 51',
    'Contactcenter: 02 511 51 51 (maandag tot vrijdag van 7 tot 20 uur) | Een vraag? Bel het Contactcenter op 02 511 51 51 || Contactcenter 02 511 51 51',
    'Contact Center: 02 511 51 51 (montags bis freitags von 7 bis 20 Uhr) | Eine Frage? Rufen Sie das Contact Center unter 02 511 51 51 an || Contact Center 02 511 51 51',
    'Contact Center: 02 511 51 51 (Monday to Friday, 7:00–20:00) | A question? Call the Contact Center on 02 511 51 51 || Contact Center 02 511 51 51',
  ),
  footer: ph(
    'Vie privée · Accessibilité · Conditions d\'utilisation | © sécurité sociale belge || Plan du site · Vie privée',
    'Privacy · Toegankelijkheid · Gebruiksvoorwaarden | © Belgische sociale zekerheid || Sitemap · Privacy',
    'Datenschutz · Barrierefreiheit · Nutzungsbedingungen | © Belgische soziale Sicherheit || Sitemap · Datenschutz',
    'Privacy · Accessibility · Terms of use | © Belgian social security || Sitemap · Privacy',
  ),
};

// ---------------------------------------------------------------------------
// The federal login (idp.iamfas.belgium.be)
// ---------------------------------------------------------------------------
export const idp = {
  title: ph(
    "Se connecter à l'administration en ligne | Connexion à l'administration numérique | Connectez-vous à l'administration numérique || S'identifier auprès de l'administration en ligne",
    'Aanmelden bij de digitale overheid | Aanmelden bij de online overheid | Meld u aan bij de digitale overheid || Identificeren bij de digitale overheid',
    'Anmeldung bei der digitalen Behörde | Bei der Online-Verwaltung anmelden | Melden Sie sich bei der digitalen Verwaltung an || Identifizierung bei der digitalen Verwaltung',
    'Log in to the digital government | Log in to online public services | Sign in to the digital government || Identify yourself to the digital government',
  ),
  choose: ph('Choisissez votre clé numérique | Choisissez votre moyen de connexion || Comment souhaitez-vous vous connecter ?', 'Kies uw digitale sleutel | Kies uw aanmeldingsmiddel || Hoe wilt u zich aanmelden?', 'Wählen Sie Ihren digitalen Schlüssel | Wählen Sie Ihr Anmeldemittel || Wie möchten Sie sich anmelden?', 'Choose your digital key | Choose how to log in || How would you like to log in?'),
  eid: ph('Se connecter avec lecteur de carte eID | Connexion avec lecteur de carte eID || Carte eID et lecteur', 'Aanmelden met eID kaartlezer | Aanmelden met eID-kaartlezer || eID-kaart en kaartlezer', 'Anmelden mit eID-Kartenleser | Mit eID-Kartenleser anmelden || eID-Karte und Kartenleser', 'Log in with eID card reader | Log in with an eID card reader || eID card and reader'),
  itsme: ph('Se connecter avec itsme | Connexion via itsme® || itsme', 'Aanmelden met itsme | Aanmelden via itsme® || itsme', 'Anmelden mit itsme | Anmeldung über itsme® || itsme', 'Log in with itsme | Log in via itsme® || itsme'),
  code: ph('Clé numérique avec code de sécurité via application mobile | Code de sécurité via une application mobile || Code via application', 'Digitale sleutel met beveiligingscode via mobiele app | Beveiligingscode via mobiele app || Code via app', 'Digitaler Schlüssel mit Sicherheitscode über mobile App | Sicherheitscode über mobile App || Code über App', 'Digital key with security code via mobile app | Security code via a mobile app || Code via app'),
  help: ph("Besoin d'aide pour vous connecter ? | Aide || Un problème pour vous connecter ?", 'Hulp nodig bij het aanmelden? | Hulp || Problemen met aanmelden?', 'Brauchen Sie Hilfe bei der Anmeldung? | Hilfe || Probleme bei der Anmeldung?', 'Need help logging in? | Help || Trouble logging in?'),
};

// ---------------------------------------------------------------------------
// The social-security access-management application ("UMAN")
// ---------------------------------------------------------------------------
export const app = {
  name: ph(
    'Gestion des accès | Gestion des accès – UMAN | Gestion des accès pour entreprises || Gestion des utilisateurs et des accès',
    'Toegangsbeheer | Toegangsbeheer – UMAN | Toegangsbeheer voor ondernemingen || Gebruikers- en toegangsbeheer',
    'Zugangsverwaltung | Zugangsverwaltung – UMAN | Zugangsverwaltung für Unternehmen || Benutzer- und Zugangsverwaltung',
    'Access management | Access management – UMAN | Access management for companies || User and access management',
  ),
  menuHeading: ph('Fonctionnalités | FONCTIONNALITÉS | Menu || Fonctions', 'Functionaliteiten | FUNCTIONALITEITEN | Menu || Functies', 'Funktionalitäten | Funktionen | Menü || Funktionsübersicht', 'Features | Functionalities | Menu || Functions'),
  /** The side-menu entry (step users-menu). */
  menuUsers: ph(
    'Utilisateurs | Gérer les utilisateurs | Gestion des utilisateurs || Les utilisateurs | Liste des utilisateurs',
    'Gebruikers | Gebruikers beheren | Beheer van gebruikers || Gebruikersbeheer | Lijst van gebruikers',
    'Benutzer | Benutzer verwalten | Benutzerverwaltung || Die Benutzer | Benutzerliste',
    'Users | Manage users | User management || The users | Users list',
  ),
  menuAM: ph(
    "Gestionnaires d'accès | Gérer les gestionnaires d'accès || Gestionnaires d'accès de l'entreprise",
    'Toegangsbeheerders | Toegangsbeheerders beheren || Toegangsbeheerders van de onderneming',
    'Zugangsverwalter | Zugangsverwalter verwalten || Zugangsverwalter des Unternehmens',
    'Access managers | Manage access managers || Company access managers',
  ),
  menuGroups: ph('Mes groupes | Groupes || Changer de groupe', 'Mijn groepen | Groepen || Andere groep kiezen', 'Meine Gruppen | Gruppen || Gruppe wechseln', 'My groups | Groups || Change group'),
  menuApps: ph('Applications | Aperçu des applications || Accès aux applications', 'Toepassingen | Overzicht van de toepassingen || Toegang tot toepassingen', 'Anwendungen | Übersicht der Anwendungen || Zugang zu Anwendungen', 'Applications | Applications overview || Access to applications'),
  menuProfile: ph('Mon profil | Mes données || Profil', 'Mijn profiel | Mijn gegevens || Profiel', 'Mein Profil | Meine Daten || Profil', 'My profile | My details || Profile'),
  menuHelp: ph('Aide | Aide en ligne || Besoin d\'aide ?', 'Help | Online hulp || Hulp nodig?', 'Hilfe | Online-Hilfe || Brauchen Sie Hilfe?', 'Help | Online help || Need help?'),
  menuHome: ph("Accueil | Page d'accueil || Accueil du groupe", 'Startpagina | Home || Startpagina van de groep', 'Startseite | Home || Startseite der Gruppe', 'Home | Home page || Group home'),
  loggedInAs: ph('Connecté en tant que | Utilisateur : || Vous êtes connecté en tant que', 'Aangemeld als | Gebruiker: || U bent aangemeld als', 'Angemeldet als | Benutzer: || Sie sind angemeldet als', 'Logged in as | User: || You are logged in as'),
  logout: ph('Se déconnecter | Déconnexion || Quitter', 'Afmelden | Uitloggen || Afsluiten', 'Abmelden | Ausloggen || Beenden', 'Log out | Sign out || Quit'),
  enterprise: ph('Entreprise | Entreprise sélectionnée || Pour l\'entreprise', 'Onderneming | Geselecteerde onderneming || Voor de onderneming', 'Unternehmen | Ausgewähltes Unternehmen || Für das Unternehmen', 'Company | Selected company || For the company'),
  changeEnterprise: ph("Changer d'entreprise | Choisir une autre entreprise || Autre entreprise", 'Andere onderneming kiezen | Van onderneming wisselen || Andere onderneming', 'Unternehmen wechseln | Anderes Unternehmen wählen || Anderes Unternehmen', 'Change company | Choose another company || Other company'),
  footer: ph(
    'Portail de la sécurité sociale | © Sécurité sociale – Contact Center 02 511 51 51 || Sécurité sociale · Vie privée · Accessibilité',
    'Portaal van de sociale zekerheid | © Sociale zekerheid – Contactcenter 02 511 51 51 || Sociale zekerheid · Privacy · Toegankelijkheid',
    'Portal der sozialen Sicherheit | © Soziale Sicherheit – Contact Center 02 511 51 51 || Soziale Sicherheit · Datenschutz · Barrierefreiheit',
    'Social security portal | © Social security – Contact Center 02 511 51 51 || Social security · Privacy · Accessibility',
  ),
  // groups (step employer-group)
  groupsHeading: ph(
    'Mes groupes | Vos groupes | Sélectionnez un groupe || Choisissez le groupe avec lequel vous voulez travailler | Groupes disponibles',
    'Mijn groepen | Uw groepen | Selecteer een groep || Kies de groep waarmee u wilt werken | Beschikbare groepen',
    'Meine Gruppen | Ihre Gruppen | Wählen Sie eine Gruppe || Wählen Sie die Gruppe, mit der Sie arbeiten möchten | Verfügbare Gruppen',
    'My groups | Your groups | Select a group || Choose the group you want to work with | Available groups',
  ),
  groupsIntro: ph(
    "Un groupe rassemble les autorisations liées à un rôle de votre entreprise (employeur, prestataire de services, secrétariat social). Les groupes sont activés automatiquement à partir des registres officiels. || Choisissez un groupe pour gérer ses utilisateurs et leurs accès.",
    'Een groep bundelt de machtigingen die bij een rol van uw onderneming horen (werkgever, dienstverlener, sociaal secretariaat). De groepen worden automatisch geactiveerd op basis van de officiële registers. || Kies een groep om de gebruikers en hun toegangen te beheren.',
    'Eine Gruppe umfasst die Berechtigungen, die mit einer Rolle Ihres Unternehmens verbunden sind (Arbeitgeber, Dienstleister, Sozialsekretariat). Die Gruppen werden automatisch anhand der amtlichen Register aktiviert. || Wählen Sie eine Gruppe, um ihre Benutzer und deren Zugänge zu verwalten.',
    "A group brings together the authorisations tied to a role of your company (employer, service provider, social secretariat). Groups are activated automatically from the official registers. || Choose a group to manage its users and their access.",
  ),
  /** The employer group (step employer-group). */
  groupEmployer: ph(
    'Employeur ONSS | Employeur (ONSS) | ONSS – Employeur || Groupe Employeur ONSS | Employeur ONSS (groupe)',
    'Werkgever RSZ | Werkgever (RSZ) | RSZ – Werkgever || Groep Werkgever RSZ | Werkgever RSZ (groep)',
    'LSS-Arbeitgeber | Arbeitgeber LSS | Arbeitgeber (LSS) || Gruppe LSS-Arbeitgeber | LSS – Arbeitgeber',
    'NSSO employer | Employer NSSO | Employer (NSSO) || NSSO Employer group | NSSO – Employer',
  ),
  groupProvider: ph('Prestataire de services | Prestataire de services ICT || Fournisseur de services', 'Dienstverlener | ICT-dienstverlener || Dienstenleverancier', 'Dienstleister | IKT-Dienstleister || Dienstanbieter', 'Service provider | ICT service provider || Provider of services'),
  groupSecretariat: ph('Secrétariat social | Secrétariat social agréé || Secrétariat social (mandataire)', 'Sociaal secretariaat | Erkend sociaal secretariaat || Sociaal secretariaat (mandataris)', 'Sozialsekretariat | Anerkanntes Sozialsekretariat || Sozialsekretariat (Bevollmächtigter)', 'Social secretariat | Approved social secretariat || Social secretariat (agent)'),
  groupEnterprise: ph('Entreprise BCE | Entreprise (BCE) || Entreprise inscrite à la BCE', 'Onderneming KBO | Onderneming (KBO) || In de KBO ingeschreven onderneming', 'Unternehmen ZDU | Unternehmen (ZDU) || In der ZDU eingetragenes Unternehmen', 'CBE enterprise | Enterprise (CBE) || Company registered in the CBE'),
  colGroup: ph('Groupe | Nom du groupe || Rôle', 'Groep | Naam van de groep || Rol', 'Gruppe | Name der Gruppe || Rolle', 'Group | Group name || Role'),
  colStatus: ph('Statut | État || Situation', 'Status | Toestand || Situatie', 'Status | Zustand || Stand', 'Status | State || Situation'),
  statusActive: ph('Actif | Activé || En vigueur', 'Actief | Geactiveerd || Geldig', 'Aktiv | Aktiviert || Gültig', 'Active | Activated || Valid'),
  // group home (step users-menu)
  homeWelcome: ph(
    'Bienvenue | Bienvenue dans la gestion des accès | Accueil || Page d\'accueil du groupe',
    'Welkom | Welkom in het toegangsbeheer | Startpagina || Startpagina van de groep',
    'Willkommen | Willkommen in der Zugangsverwaltung | Startseite || Startseite der Gruppe',
    'Welcome | Welcome to access management | Home || Group home page',
  ),
  homeText: ph(
    "Vous travaillez pour le groupe {group}. Choisissez une fonctionnalité dans le menu pour gérer les utilisateurs et leurs accès. | Vous gérez les accès du groupe {group} de votre entreprise. || Groupe actif : {group}. Utilisez le menu pour continuer.",
    'U werkt voor de groep {group}. Kies een functionaliteit in het menu om de gebruikers en hun toegangen te beheren. | U beheert de toegangen van de groep {group} van uw onderneming. || Actieve groep: {group}. Gebruik het menu om verder te gaan.',
    'Sie arbeiten für die Gruppe {group}. Wählen Sie eine Funktion im Menü, um die Benutzer und ihre Zugänge zu verwalten. | Sie verwalten die Zugänge der Gruppe {group} Ihres Unternehmens. || Aktive Gruppe: {group}. Benutzen Sie das Menü, um fortzufahren.',
    'You are working for the group {group}. Choose a feature in the menu to manage users and their access. | You manage the access of the group {group} of your company. || Active group: {group}. Use the menu to continue.',
  ),
  // add-user (step add-user)
  addUserHeading: ph(
    'Ajouter un utilisateur | Ajout d\'un utilisateur | Nouvel utilisateur || Ajouter une personne | Ajouter un nouvel utilisateur',
    'Een gebruiker toevoegen | Gebruiker toevoegen | Nieuwe gebruiker || Een persoon toevoegen | Een nieuwe gebruiker toevoegen',
    'Einen Benutzer hinzufügen | Benutzer hinzufügen | Neuer Benutzer || Eine Person hinzufügen | Neuen Benutzer hinzufügen',
    'Add a user | Add user | New user || Add a person | Add a new user',
  ),
  /** The national-number field. */
  niss: ph(
    'NISS | Numéro NISS | Numéro de registre national (NISS) || N° NISS | Numéro d\'identification de la sécurité sociale',
    'INSZ | INSZ-nummer | Rijksregisternummer (INSZ) || INSZ nr. | Identificatienummer van de sociale zekerheid',
    'ENSS | Nationalregisternummer (ENSS) | Erkennungsnummer der sozialen Sicherheit || ENSS-Nr. | Nationalnummer (INSZ)',
    'National number | NISS | National register number (NISS) || Social security identification number | National Register number (INSZ)',
  ),
  nissHelp: ph(
    '11 chiffres, par exemple 85.07.30-033.28 | Le numéro de registre national figure au dos de la carte d\'identité. || Format : AA.MM.JJ-XXX.XX',
    '11 cijfers, bijvoorbeeld 85.07.30-033.28 | Het rijksregisternummer staat op de achterkant van de identiteitskaart. || Formaat: JJ.MM.DD-XXX.XX',
    '11 Ziffern, zum Beispiel 85.07.30-033.28 | Die Nationalregisternummer steht auf der Rückseite des Personalausweises. || Format: JJ.MM.TT-XXX.XX',
    '11 digits, for example 85.07.30-033.28 | The national register number is on the back of the identity card. || Format: YY.MM.DD-XXX.XX',
  ),
  addUserIntro: ph(
    "Introduisez le numéro d'identification de la personne à qui vous voulez donner accès. | Saisissez le NISS du nouvel utilisateur puis cliquez sur Suivant. || Indiquez le numéro de registre national de la personne.",
    'Vul het identificatienummer in van de persoon aan wie u toegang wilt geven. | Geef het INSZ van de nieuwe gebruiker in en klik op Volgende. || Vermeld het rijksregisternummer van de persoon.',
    'Geben Sie die Erkennungsnummer der Person ein, der Sie Zugang geben möchten. | Geben Sie die ENSS des neuen Benutzers ein und klicken Sie auf Weiter. || Geben Sie die Nationalregisternummer der Person an.',
    'Enter the identification number of the person you want to give access to. | Type the new user\'s national number, then click Next. || Give the person\'s national register number.',
  ),
  next: ph('Suivant | Suivant > | Continuer || Étape suivante | Valider', 'Volgende | Volgende > | Verder || Volgende stap | Doorgaan', 'Weiter | Weiter > | Fortfahren || Nächster Schritt | Weiter zum nächsten Schritt', 'Next | Next > | Continue || Next step | Proceed'),
  cancel: ph('Annuler | Retour || Abandonner', 'Annuleren | Terug || Afbreken', 'Abbrechen | Zurück || Verwerfen', 'Cancel | Back || Discard'),
  // users list / search
  usersHeading: ph(
    'Utilisateurs | Liste des utilisateurs | Utilisateurs de l\'entreprise || Aperçu des utilisateurs | Les utilisateurs de votre entreprise',
    'Gebruikers | Lijst van de gebruikers | Gebruikers van de onderneming || Overzicht van de gebruikers | De gebruikers van uw onderneming',
    'Benutzer | Liste der Benutzer | Benutzer des Unternehmens || Übersicht der Benutzer | Die Benutzer Ihres Unternehmens',
    'Users | List of users | Company users || Users overview | Your company\'s users',
  ),
  addUserButton: ph(
    'Ajouter un utilisateur | + Ajouter un utilisateur | Nouvel utilisateur || Ajouter une personne | Créer un utilisateur',
    'Een gebruiker toevoegen | + Gebruiker toevoegen | Nieuwe gebruiker || Een persoon toevoegen | Gebruiker aanmaken',
    'Benutzer hinzufügen | + Einen Benutzer hinzufügen | Neuer Benutzer || Person hinzufügen | Benutzer anlegen',
    'Add a user | + Add user | New user || Add a person | Create a user',
  ),
  search: ph(
    'Rechercher un utilisateur | Chercher un utilisateur | Recherche d\'un utilisateur || Trouver un utilisateur | Rechercher une personne',
    'Een gebruiker zoeken | Gebruiker zoeken | Zoeken naar een gebruiker || Een gebruiker vinden | Een persoon zoeken',
    'Einen Benutzer suchen | Benutzer suchen | Suche nach einem Benutzer || Einen Benutzer finden | Eine Person suchen',
    'Search a user | Search for a user | Find a user || Look up a user | Search a person',
  ),
  searchPlaceholder: ph('Nom, prénom ou NISS | NISS ou nom || Tapez un nom ou un NISS', 'Naam, voornaam of INSZ | INSZ of naam || Typ een naam of INSZ', 'Name, Vorname oder ENSS | ENSS oder Name || Name oder ENSS eingeben', 'Name, first name or national number | National number or name || Type a name or national number'),
  searchButton: ph('Rechercher | Chercher || Lancer la recherche', 'Zoeken | Zoek || Zoekopdracht starten', 'Suchen | Suche || Suche starten', 'Search | Find || Start search'),
  results: ph('{n} résultat(s) | {n} résultat | Résultats : {n} || {n} utilisateur trouvé | Nombre de résultats : {n}', '{n} resultaat/resultaten | {n} resultaat | Resultaten: {n} || {n} gebruiker gevonden | Aantal resultaten: {n}', '{n} Ergebnis(se) | {n} Ergebnis | Ergebnisse: {n} || {n} Benutzer gefunden | Anzahl der Ergebnisse: {n}', '{n} result(s) | {n} result | Results: {n} || {n} user found | Number of results: {n}'),
  colName: ph('Nom | Nom et prénom || Utilisateur', 'Naam | Naam en voornaam || Gebruiker', 'Name | Name und Vorname || Benutzer', 'Name | Full name || User'),
  colActions: ph('Actions | Action || Opérations', 'Acties | Actie || Handelingen', 'Aktionen | Aktion || Vorgänge', 'Actions | Action || Operations'),
  /** The edit action (steps edit-existing, open-user). */
  edit: ph(
    'Modifier | Modifier l\'utilisateur | Éditer || Adapter | Modifier les données',
    'Wijzigen | Gebruiker wijzigen | Bewerken || Aanpassen | Gegevens wijzigen',
    'Bearbeiten | Benutzer bearbeiten | Ändern || Anpassen | Daten ändern',
    'Edit | Edit user | Modify || Change | Edit details',
  ),
  // new-user form (steps fill-required, tick-tr-fpp)
  newUserHeading: ph(
    'Nouvel utilisateur | Créer un nouvel utilisateur | Création d\'un utilisateur || Données du nouvel utilisateur | Enregistrer un nouvel utilisateur',
    'Nieuwe gebruiker | Een nieuwe gebruiker aanmaken | Aanmaak van een gebruiker || Gegevens van de nieuwe gebruiker | Een nieuwe gebruiker registreren',
    'Neuer Benutzer | Einen neuen Benutzer anlegen | Anlegen eines Benutzers || Daten des neuen Benutzers | Neuen Benutzer erfassen',
    'New user | Create a new user | Creating a user || New user details | Register a new user',
  ),
  lastName: ph('Nom | Nom de famille || Nom de l\'utilisateur', 'Naam | Familienaam || Achternaam', 'Name | Nachname || Familienname', 'Last name | Surname || Family name'),
  firstName: ph('Prénom | Prénom(s) || Premier prénom', 'Voornaam | Voornaam (voornamen) || Eerste voornaam', 'Vorname | Vorname(n) || Erster Vorname', 'First name | Given name || First name(s)'),
  email: ph('Adresse e-mail | E-mail | Courriel || Adresse électronique | Adresse e-mail professionnelle', 'E-mailadres | E-mail | Mailadres || Elektronisch adres | Professioneel e-mailadres', 'E-Mail-Adresse | E-Mail || Elektronische Adresse | Berufliche E-Mail-Adresse', 'E-mail address | Email | E-mail || Electronic mail address | Work e-mail'),
  phone: ph('Téléphone | Numéro de téléphone | N° de téléphone || Téléphone professionnel | GSM ou téléphone', 'Telefoon | Telefoonnummer | Telefoonnr. || Professioneel telefoonnummer | Gsm of telefoon', 'Telefon | Telefonnummer | Tel.-Nr. || Berufliche Telefonnummer | Handy oder Telefon', 'Phone | Telephone number | Phone number || Work phone | Mobile or phone'),
  language: ph('Langue | Langue de correspondance || Langue de contact', 'Taal | Correspondentietaal || Contacttaal', 'Sprache | Korrespondenzsprache || Kontaktsprache', 'Language | Correspondence language || Contact language'),
  jobTitle: ph('Fonction | Service / département || Fonction dans l\'entreprise', 'Functie | Dienst / afdeling || Functie in de onderneming', 'Funktion | Dienst / Abteilung || Funktion im Unternehmen', 'Job title | Department || Position in the company'),
  langNames: ph('Français, Néerlandais, Allemand, Anglais', 'Frans, Nederlands, Duits, Engels', 'Französisch, Niederländisch, Deutsch, Englisch', 'French, Dutch, German, English'),
  choose: ph('-- Choisir -- | Sélectionnez || Choisissez une langue', '-- Kies -- | Selecteer || Kies een taal', '-- Wählen -- | Bitte wählen || Sprache wählen', '-- Choose -- | Select || Choose a language'),
  requiredNote: ph(
    'Les champs marqués d\'un * sont obligatoires. | * Champ obligatoire || Les champs suivis d\'un astérisque (*) sont requis.',
    'Velden met een * zijn verplicht. | * Verplicht veld || Velden gevolgd door een sterretje (*) zijn vereist.',
    'Mit * gekennzeichnete Felder sind Pflichtfelder. | * Pflichtfeld || Felder mit einem Sternchen (*) sind erforderlich.',
    'Fields marked with * are required. | * Required field || Fields followed by an asterisk (*) are mandatory.',
  ),
  personalData: ph('Données personnelles | Identification || Coordonnées', 'Persoonsgegevens | Identificatie || Contactgegevens', 'Persönliche Daten | Identifizierung || Kontaktdaten', 'Personal details | Identification || Contact details'),
  securedApps: ph(
    'Applications sécurisées | Applications sécurisées disponibles | Accès aux applications sécurisées || Applications protégées | Les applications sécurisées',
    'Beveiligde toepassingen | Beschikbare beveiligde toepassingen | Toegang tot beveiligde toepassingen || Beveiligde applicaties | Beschermde toepassingen',
    'Gesicherte Anwendungen | Verfügbare gesicherte Anwendungen | Zugang zu gesicherten Anwendungen || Geschützte Anwendungen | Gesicherte Applikationen',
    'Secured applications | Available secured applications | Access to secured applications || Protected applications | Secure applications',
  ),
  securedAppsHint: ph(
    "Cochez les applications auxquelles cet utilisateur doit avoir accès. | Sélectionnez une ou plusieurs applications. || Indiquez les accès de l'utilisateur.",
    'Vink de toepassingen aan waartoe deze gebruiker toegang moet krijgen. | Selecteer een of meer toepassingen. || Duid de toegangen van de gebruiker aan.',
    'Kreuzen Sie die Anwendungen an, auf die dieser Benutzer zugreifen soll. | Wählen Sie eine oder mehrere Anwendungen. || Geben Sie die Zugänge des Benutzers an.',
    'Tick the applications this user should have access to. | Select one or more applications. || Indicate the user\'s access.',
  ),
  trfpp: ph('TR-FPP | TR-FPP (INAMI) || INAMI – TR-FPP', 'TR-FPP | TR-FPP (RIZIV) || RIZIV – TR-FPP', 'TR-FPP | TR-FPP (LIKIV) || LIKIV – TR-FPP', 'TR-FPP | TR-FPP (NIHDI) || NIHDI – TR-FPP'),
  otherApps: ph(
    'Dimona | DmfA | Déclaration de risque social | e-Box Entreprise || Chômage temporaire | Vacances annuelles',
    'Dimona | DmfA | Aangifte sociaal risico | e-Box Onderneming || Tijdelijke werkloosheid | Jaarlijkse vakantie',
    'Dimona | DmfA | Meldung sozialer Risiken | e-Box Unternehmen || Zeitweilige Arbeitslosigkeit | Jahresurlaub',
    'Dimona | DmfA | Social risk declaration | e-Box Enterprise || Temporary unemployment | Annual holidays',
  ),
  save: ph('Enregistrer | Sauvegarder | Enregistrer l\'utilisateur || Valider et enregistrer | Confirmer', 'Opslaan | Bewaren | Gebruiker opslaan || Bevestigen | Registreren', 'Speichern | Benutzer speichern | Sichern || Bestätigen | Übernehmen', 'Save | Save user | Save changes || Confirm | Submit'),
  editUserHeading: ph(
    "Modifier l'utilisateur | Modification de l'utilisateur | Modifier un utilisateur || Données de l'utilisateur | Adapter l'utilisateur",
    'Gebruiker wijzigen | Wijziging van de gebruiker | Een gebruiker wijzigen || Gegevens van de gebruiker | Gebruiker aanpassen',
    'Benutzer bearbeiten | Bearbeitung des Benutzers | Einen Benutzer ändern || Daten des Benutzers | Benutzer anpassen',
    'Edit user | Editing the user | Modify a user || User details | Change user',
  ),
  // existing person (step edit-existing)
  existingNotice: ph(
    'Cette personne possède déjà un compte. | Cette personne a déjà un compte dans votre entreprise. | Un utilisateur avec ce NISS existe déjà. || Cette personne est déjà enregistrée comme utilisateur. | Cette personne possède déjà un compte utilisateur dans votre entreprise.',
    'Deze persoon heeft al een account. | Deze persoon heeft reeds een account binnen uw onderneming. | Er bestaat al een gebruiker met dit INSZ. || Deze persoon is al geregistreerd als gebruiker. | Voor deze persoon bestaat al een gebruikersaccount in uw onderneming.',
    'Diese Person hat bereits ein Konto. | Diese Person verfügt bereits über ein Konto in Ihrem Unternehmen. | Es gibt bereits einen Benutzer mit dieser ENSS. || Diese Person ist bereits als Benutzer registriert. | Für diese Person besteht bereits ein Benutzerkonto in Ihrem Unternehmen.',
    'This person already has an account. | This person already has an account in your company. | A user with this national number already exists. || This person is already registered as a user. | A user account already exists for this person in your company.',
  ),
  existingHint: ph(
    "Vous pouvez modifier ses données et ses accès. | Pour lui donner accès à une autre application, modifiez son compte. || Adaptez ses accès si nécessaire.",
    'U kunt zijn of haar gegevens en toegangen wijzigen. | Om toegang tot een andere toepassing te geven, wijzigt u het account. || Pas de toegangen indien nodig aan.',
    'Sie können die Daten und Zugänge der Person ändern. | Um Zugang zu einer anderen Anwendung zu geben, bearbeiten Sie das Konto. || Passen Sie die Zugänge bei Bedarf an.',
    'You can change their details and access. | To give access to another application, edit the account. || Adjust their access if needed.',
  ),
  personApps: ph(
    "Applications de l'utilisateur | Applications auxquelles cette personne a accès | Accès actuels || Applications actuelles | Droits d'accès actuels",
    'Toepassingen van de gebruiker | Toepassingen waartoe deze persoon toegang heeft | Huidige toegangen || Huidige toepassingen | Huidige toegangsrechten',
    'Anwendungen des Benutzers | Anwendungen, auf die diese Person zugreifen kann | Aktuelle Zugänge || Aktuelle Anwendungen | Aktuelle Zugriffsrechte',
    "User's applications | Applications this person can access | Current access || Current applications | Current access rights",
  ),
  personData: ph("Données de l'utilisateur | Identité || Informations sur l'utilisateur", 'Gegevens van de gebruiker | Identiteit || Informatie over de gebruiker', 'Daten des Benutzers | Identität || Angaben zum Benutzer', 'User details | Identity || About the user'),
  // saved (finish)
  saved: ph(
    "L'utilisateur a été enregistré. | L'utilisateur a bien été enregistré. | Les modifications ont été enregistrées. || Utilisateur sauvegardé avec succès. | Les données de l'utilisateur ont été sauvegardées.",
    'De gebruiker werd opgeslagen. | De gebruiker is opgeslagen. | De wijzigingen werden opgeslagen. || Gebruiker succesvol bewaard. | De gegevens van de gebruiker werden bewaard.',
    'Der Benutzer wurde gespeichert. | Der Benutzer wurde erfolgreich gespeichert. | Die Änderungen wurden gespeichert. || Benutzer erfolgreich gesichert. | Die Daten des Benutzers wurden übernommen.',
    'The user has been saved. | The user was saved successfully. | Your changes have been saved. || User saved successfully. | The user\'s details have been stored.',
  ),
  backToUsers: ph('Retour à la liste des utilisateurs | Retour aux utilisateurs || Vers la liste des utilisateurs', 'Terug naar de lijst van gebruikers | Terug naar gebruikers || Naar de gebruikerslijst', 'Zurück zur Benutzerliste | Zurück zu den Benutzern || Zur Liste der Benutzer', 'Back to the users list | Back to users || To the list of users'),
  // off-journey in-app
  amHeading: ph("Gestionnaires d'accès | Liste des gestionnaires d'accès || Vos gestionnaires d'accès", 'Toegangsbeheerders | Lijst van de toegangsbeheerders || Uw toegangsbeheerders', 'Zugangsverwalter | Liste der Zugangsverwalter || Ihre Zugangsverwalter', 'Access managers | List of access managers || Your access managers'),
  addAM: ph("Ajouter un gestionnaire d'accès | Désigner un gestionnaire d'accès || Nouveau gestionnaire d'accès", 'Een toegangsbeheerder toevoegen | Toegangsbeheerder aanstellen || Nieuwe toegangsbeheerder', 'Einen Zugangsverwalter hinzufügen | Zugangsverwalter bestimmen || Neuer Zugangsverwalter', 'Add an access manager | Appoint an access manager || New access manager'),
  profileHeading: ph('Mon profil | Mes données personnelles || Profil de l\'utilisateur connecté', 'Mijn profiel | Mijn persoonsgegevens || Profiel van de aangemelde gebruiker', 'Mein Profil | Meine persönlichen Daten || Profil des angemeldeten Benutzers', 'My profile | My personal details || Profile of the logged-in user'),
  appsOverviewHeading: ph("Aperçu des applications | Applications du groupe || Applications accessibles", 'Overzicht van de toepassingen | Toepassingen van de groep || Toegankelijke toepassingen', 'Übersicht der Anwendungen | Anwendungen der Gruppe || Zugängliche Anwendungen', 'Applications overview | Applications of the group || Accessible applications'),
};

// ---------------------------------------------------------------------------
// Error and expiry pages
// ---------------------------------------------------------------------------
export const status = {
  expiredTitle: ph(
    'Session expirée | Votre session a expiré | Vous avez été déconnecté || Fin de session | Votre session est terminée',
    'Sessie verlopen | Uw sessie is verlopen | U bent afgemeld || Einde van de sessie | Uw sessie is beëindigd',
    'Sitzung abgelaufen | Ihre Sitzung ist abgelaufen | Sie wurden abgemeldet || Sitzungsende | Ihre Sitzung wurde beendet',
    'Session expired | Your session has expired | You have been logged out || Session ended | Your session has timed out',
  ),
  expiredText: ph(
    "Pour des raisons de sécurité, votre session a pris fin après une période d'inactivité. Veuillez vous reconnecter. | Votre session est terminée, connectez-vous à nouveau. || Vous êtes resté inactif trop longtemps ; reconnectez-vous pour continuer.",
    'Om veiligheidsredenen werd uw sessie na een periode van inactiviteit beëindigd. Meld u opnieuw aan. | Uw sessie is afgelopen, meld u opnieuw aan. || U was te lang inactief; meld u opnieuw aan om verder te gaan.',
    'Aus Sicherheitsgründen wurde Ihre Sitzung nach einer Zeit der Inaktivität beendet. Bitte melden Sie sich erneut an. | Ihre Sitzung ist beendet, melden Sie sich erneut an. || Sie waren zu lange inaktiv; melden Sie sich erneut an, um fortzufahren.',
    'For security reasons your session ended after a period of inactivity. Please log in again. | Your session has ended, log in again. || You were inactive for too long; log in again to continue.',
  ),
  relogin: ph('Se reconnecter | Se connecter à nouveau | Nouvelle connexion || Retour à la page de connexion | Me reconnecter', 'Opnieuw aanmelden | Meld u opnieuw aan | Nieuwe aanmelding || Terug naar de aanmeldpagina | Opnieuw inloggen', 'Erneut anmelden | Neu anmelden | Neue Anmeldung || Zurück zur Anmeldeseite | Wieder einloggen', 'Log in again | Sign in again | New login || Back to the login page | Reconnect'),
  error500: ph(
    'Une erreur est survenue | Une erreur inattendue s\'est produite | Erreur technique || Oups, un problème est survenu | Erreur interne du serveur',
    'Er is een fout opgetreden | Er heeft zich een onverwachte fout voorgedaan | Technische fout || Oeps, er ging iets mis | Interne serverfout',
    'Ein Fehler ist aufgetreten | Es ist ein unerwarteter Fehler aufgetreten | Technischer Fehler || Hoppla, etwas ist schiefgelaufen | Interner Serverfehler',
    'An error occurred | An unexpected error has occurred | Technical error || Oops, something went wrong | Internal server error',
  ),
  error404: ph(
    'Page introuvable | La page demandée n\'existe pas | Erreur 404 – page non trouvée || Cette page n\'existe pas (ou plus) | Page non trouvée',
    'Pagina niet gevonden | De gevraagde pagina bestaat niet | Fout 404 – pagina niet gevonden || Deze pagina bestaat niet (meer) | Pagina onvindbaar',
    'Seite nicht gefunden | Die angeforderte Seite existiert nicht | Fehler 404 – Seite nicht gefunden || Diese Seite gibt es nicht (mehr) | Seite nicht auffindbar',
    'Page not found | The requested page does not exist | Error 404 – page not found || This page does not exist (any more) | Page cannot be found',
  ),
  maintenance: ph(
    'Service temporairement indisponible | Maintenance en cours | Le service est momentanément indisponible || Travaux de maintenance | Service indisponible',
    'Dienst tijdelijk niet beschikbaar | Onderhoud bezig | De dienst is momenteel niet beschikbaar || Onderhoudswerken | Dienst niet beschikbaar',
    'Dienst vorübergehend nicht verfügbar | Wartungsarbeiten | Der Dienst ist derzeit nicht verfügbar || Wartung läuft | Dienst nicht verfügbar',
    'Service temporarily unavailable | Maintenance in progress | The service is currently unavailable || Maintenance work | Service unavailable',
  ),
  errorText: ph(
    'Veuillez réessayer plus tard. Si le problème persiste, contactez le helpdesk. | Nous nous excusons pour ce désagrément. || Réessayez dans quelques minutes.',
    'Probeer het later opnieuw. Als het probleem zich blijft voordoen, contacteer dan de helpdesk. | Onze excuses voor het ongemak. || Probeer het over enkele minuten opnieuw.',
    'Bitte versuchen Sie es später erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Helpdesk. | Wir bitten um Entschuldigung. || Versuchen Sie es in einigen Minuten erneut.',
    'Please try again later. If the problem persists, contact the helpdesk. | We apologise for the inconvenience. || Try again in a few minutes.',
  ),
  errorRef: ph('Référence de l\'erreur | Code d\'erreur || Identifiant technique', 'Foutreferentie | Foutcode || Technische referentie', 'Fehlerreferenz | Fehlercode || Technische Kennung', 'Error reference | Error code || Technical ID'),
  backHome: ph("Retour à l'accueil | Page d'accueil || Revenir à la page d'accueil", 'Terug naar de startpagina | Startpagina || Ga terug naar home', 'Zurück zur Startseite | Startseite || Zur Startseite zurückkehren', 'Back to home | Home page || Return to the home page'),
};

// ---------------------------------------------------------------------------
// Pages off the journey
// ---------------------------------------------------------------------------
export const off = {
  newsHeading: ph('Actualités | Nouvelles || Dernières nouvelles', 'Nieuws | Actualiteit || Laatste nieuws', 'Aktuelles | Neuigkeiten || Letzte Nachrichten', 'News | Latest news || What\'s new'),
  newsItems: ph(
    "Nouvelle version de l'application itsme disponible | Maintenance planifiée de CSAM le week-end prochain | Les gestionnaires d'accès peuvent désormais ajouter un utilisateur plus rapidement || Le service Gestion des mandats fait peau neuve",
    'Nieuwe versie van de itsme-app beschikbaar | Gepland onderhoud van CSAM volgend weekend | Toegangsbeheerders kunnen voortaan sneller een gebruiker toevoegen || De dienst Beheer van mandaten krijgt een nieuw uiterlijk',
    'Neue Version der itsme-App verfügbar | Geplante Wartung von CSAM am nächsten Wochenende | Zugangsverwalter können jetzt schneller einen Benutzer hinzufügen || Der Dienst Verwaltung der Mandate im neuen Gewand',
    'New version of the itsme app available | Planned CSAM maintenance next weekend | Access managers can now add a user more quickly || The Management of mandates service gets a new look',
  ),
  faqHeading: ph('Questions fréquentes | FAQ || Foire aux questions', 'Veelgestelde vragen | FAQ || Vaak gestelde vragen', 'Häufig gestellte Fragen | FAQ || Fragen und Antworten', 'Frequently asked questions | FAQ || Questions and answers'),
  faqQ: ph(
    "Comment donner accès à une application à un collègue ? | Qui peut désigner un gestionnaire d'accès principal ? || Que faire si je n'ai pas de carte eID ?",
    'Hoe geef ik een collega toegang tot een toepassing? | Wie kan een hoofdtoegangsbeheerder aanstellen? || Wat als ik geen eID-kaart heb?',
    'Wie gebe ich einem Kollegen Zugang zu einer Anwendung? | Wer kann einen Hauptzugangsverwalter bestimmen? || Was tun, wenn ich keine eID-Karte habe?',
    'How do I give a colleague access to an application? | Who can appoint a chief access manager? || What if I have no eID card?',
  ),
  faqA: ph(
    "Ouvrez le service Gestion des gestionnaires d'accès, cliquez sur Gérer les accès puis sur Sécurité sociale. Dans le groupe Employeur ONSS, choisissez Utilisateurs puis Ajouter un utilisateur. || Le gestionnaire d'accès principal se connecte, choisit le groupe puis le menu Utilisateurs.",
    'Open de dienst Beheer der toegangsbeheerders, klik op Toegangen beheren en daarna op Sociale zekerheid. Kies in de groep Werkgever RSZ de functionaliteit Gebruikers en dan Een gebruiker toevoegen. || De hoofdtoegangsbeheerder meldt zich aan, kiest de groep en dan het menu Gebruikers.',
    'Öffnen Sie den Dienst Verwaltung der Zugangsverwalter, klicken Sie auf Zugänge verwalten und dann auf Soziale Sicherheit. Wählen Sie in der Gruppe LSS-Arbeitgeber den Menüpunkt Benutzer und dann Benutzer hinzufügen. || Der Hauptzugangsverwalter meldet sich an, wählt die Gruppe und dann das Menü Benutzer.',
    'Open the Management of access managers service, click Manage access, then Social security. In the NSSO employer group, choose Users, then Add a user. || The chief access manager logs in, chooses the group, then the Users menu.',
  ),
  whatHeading: ph("Qu'est-ce que CSAM ? | CSAM en bref || À propos de CSAM", 'Wat is CSAM? | CSAM in het kort || Over CSAM', 'Was ist CSAM? | CSAM in Kürze || Über CSAM', 'What is CSAM? | CSAM in brief || About CSAM'),
  whatText: ph(
    "CSAM est l'accord de collaboration entre les services publics pour la gestion des identités et des accès. Il offre aux citoyens et aux entreprises un accès unique et sécurisé aux services en ligne. || CSAM regroupe les clés numériques, la gestion des gestionnaires d'accès et la gestion des mandats.",
    'CSAM is het samenwerkingsverband tussen overheidsdiensten voor identiteits- en toegangsbeheer. Het biedt burgers en ondernemingen één veilige toegang tot de onlinediensten. || CSAM groepeert de digitale sleutels, het beheer der toegangsbeheerders en het beheer van mandaten.',
    'CSAM ist die Zusammenarbeit der öffentlichen Dienste für die Identitäts- und Zugangsverwaltung. Es bietet Bürgern und Unternehmen einen einheitlichen, sicheren Zugang zu den Online-Diensten. || CSAM bündelt die digitalen Schlüssel, die Verwaltung der Zugangsverwalter und die Verwaltung der Mandate.',
    'CSAM is the collaboration between public services for identity and access management. It gives citizens and companies a single, secure access to online services. || CSAM brings together digital keys, the management of access managers and the management of mandates.',
  ),
  keysText: ph(
    'Consultez vos clés numériques actives, activez une nouvelle clé ou désactivez une clé perdue. || Une clé numérique vous permet de vous identifier en ligne.',
    'Bekijk uw actieve digitale sleutels, activeer een nieuwe sleutel of deactiveer een verloren sleutel. || Met een digitale sleutel identificeert u zich online.',
    'Sehen Sie Ihre aktiven digitalen Schlüssel ein, aktivieren Sie einen neuen oder deaktivieren Sie einen verlorenen Schlüssel. || Mit einem digitalen Schlüssel identifizieren Sie sich online.',
    'View your active digital keys, activate a new key or deactivate a lost one. || A digital key lets you identify yourself online.',
  ),
  mandatesAction: ph('Gérer les mandats | Consulter mes mandats || Donner un mandat', 'Mandaten beheren | Mijn mandaten bekijken || Een mandaat geven', 'Mandate verwalten | Meine Mandate einsehen || Ein Mandat erteilen', 'Manage mandates | View my mandates || Give a mandate'),
  ssHomeHeading: ph('Bienvenue sur le portail de la sécurité sociale | La sécurité sociale en ligne || Portail de la sécurité sociale', 'Welkom op het portaal van de sociale zekerheid | De sociale zekerheid online || Portaal van de sociale zekerheid', 'Willkommen auf dem Portal der sozialen Sicherheit | Die soziale Sicherheit online || Portal der sozialen Sicherheit', 'Welcome to the social security portal | Social security online || Social security portal'),
  citizenHeading: ph('Citoyens : vos droits sociaux | Informations pour les citoyens || Ma carrière et mes droits', 'Burgers: uw sociale rechten | Informatie voor burgers || Mijn loopbaan en mijn rechten', 'Bürger: Ihre sozialen Rechte | Informationen für Bürger || Meine Laufbahn und meine Rechte', 'Citizens: your social rights | Information for citizens || My career and my rights'),
  citizenText: ph(
    "Consultez votre carrière, vos allocations familiales et vos données de santé. || Retrouvez les services en ligne pour les citoyens.",
    'Bekijk uw loopbaan, uw kinderbijslag en uw gezondheidsgegevens. || Vind de onlinediensten voor burgers.',
    'Sehen Sie Ihre Laufbahn, Ihr Kindergeld und Ihre Gesundheitsdaten ein. || Finden Sie die Online-Dienste für Bürger.',
    'View your career, your family allowances and your health data. || Find the online services for citizens.',
  ),
  helpHeading: ph("Centre d'aide | Besoin d'aide ? || Aide et support", 'Helpcentrum | Hulp nodig? || Hulp en ondersteuning', 'Hilfezentrum | Brauchen Sie Hilfe? || Hilfe und Unterstützung', 'Help centre | Need help? || Help and support'),
  helpText: ph(
    "Pour ajouter un utilisateur, connectez-vous à la gestion des accès, choisissez votre groupe puis Utilisateurs dans le menu Fonctionnalités. Cochez ensuite les applications sécurisées. || Le Contact Center répond à vos questions sur les accès.",
    'Om een gebruiker toe te voegen, meldt u zich aan bij het toegangsbeheer, kiest u uw groep en dan Gebruikers in het menu Functionaliteiten. Vink daarna de beveiligde toepassingen aan. || Het Contactcenter beantwoordt uw vragen over toegangen.',
    'Um einen Benutzer hinzuzufügen, melden Sie sich bei der Zugangsverwaltung an, wählen Ihre Gruppe und dann Benutzer im Menü Funktionalitäten. Kreuzen Sie danach die gesicherten Anwendungen an. || Das Contact Center beantwortet Ihre Fragen zu den Zugängen.',
    'To add a user, log in to access management, choose your group, then Users in the Features menu. Then tick the secured applications. || The Contact Center answers your questions about access.',
  ),
  servicesListHeading: ph('Services en ligne pour les employeurs | Tous les services en ligne || Applications pour les entreprises', 'Onlinediensten voor werkgevers | Alle onlinediensten || Toepassingen voor ondernemingen', 'Online-Dienste für Arbeitgeber | Alle Online-Dienste || Anwendungen für Unternehmen', 'Online services for employers | All online services || Applications for companies'),
  otherServiceTitle: ph('Dimona – déclaration immédiate de l\'emploi | Dimona || La déclaration Dimona', 'Dimona – onmiddellijke aangifte van tewerkstelling | Dimona || De Dimona-aangifte', 'Dimona – sofortige Beschäftigungsmeldung | Dimona || Die Dimona-Meldung', 'Dimona – immediate declaration of employment | Dimona || The Dimona declaration'),
  otherServiceText: ph(
    "La Dimona permet à l'employeur de déclarer l'entrée et la sortie de service de ses travailleurs. || Déclarez chaque entrée et sortie de service par voie électronique.",
    'Met de Dimona meldt de werkgever de in- en uitdiensttreding van zijn werknemers. || Meld elke in- en uitdiensttreding elektronisch.',
    'Mit der Dimona meldet der Arbeitgeber den Dienstantritt und das Dienstende seiner Arbeitnehmer. || Melden Sie jeden Dienstantritt und jedes Dienstende elektronisch.',
    'Dimona lets the employer declare when workers start and stop working. || Declare every start and end of employment electronically.',
  ),
};

// ---------------------------------------------------------------------------
// Designating the main access manager (journey designate-main-manager, issue 17)
// Written from PORTAL.md ("Designating the main access manager", the csam.be
// service page), INAMI's guide and issue 17 only. Confirmed: the section title
// (NL, and FR/DE/EN as PORTAL gives them), "Standaardprocedure" /
// "Uitzonderingsprocedure", who may do it (a legal representative in the
// BCE/KBO), what it needs (enterprise number; national number and phone number
// of the person designated), the first login that activates the account.
// Everything behind the login (the application's wording, its steps, its
// buttons) is a guess, hence the alternatives.
// ---------------------------------------------------------------------------
export const dmm = {
  /** The first section of the service page (its title). */
  section: ph(
    "Désigner un Gestionnaire d'Accès Principal | Désigner un gestionnaire d'accès principal | Désigner ou remplacer le gestionnaire d'accès principal || Désignation d'un gestionnaire d'accès principal | Désigner le gestionnaire principal d'accès",
    'Een Hoofdtoegangsbeheerder aanstellen | Een hoofdtoegangsbeheerder aanstellen | Een hoofdtoegangsbeheerder aanstellen of vervangen || Een hoofdtoegangsbeheerder aanduiden | Aanstelling van een hoofdtoegangsbeheerder',
    'Einen Hauptzugangsverwalter bestimmen | Einen Hauptzugangsverwalter bestimmen oder ersetzen | Hauptzugangsverwalter bestimmen || Bestimmung eines Hauptzugangsverwalters | Den Hauptzugangsverwalter benennen',
    'Appoint a Chief Access Manager | Appoint a chief access manager | Appoint or replace the chief access manager || Appointing a chief access manager | Designate the main access manager',
  ),
  sectionText: ph(
    "Le gestionnaire d'accès principal gère les accès de votre entreprise aux services en ligne. Il doit être un membre du personnel ou un représentant légal de l'entreprise. Cette procédure sert aussi à remplacer le gestionnaire d'accès principal actuel. || Désignez ou remplacez le gestionnaire d'accès principal de votre entreprise : un membre du personnel ou un représentant légal.",
    'De hoofdtoegangsbeheerder beheert de toegangen van uw onderneming tot de onlinediensten. Hij of zij moet een werknemer of een wettelijke vertegenwoordiger van de onderneming zijn. Met deze procedure vervangt u ook de huidige hoofdtoegangsbeheerder. || Stel de hoofdtoegangsbeheerder van uw onderneming aan of vervang hem: een personeelslid of een wettelijke vertegenwoordiger.',
    'Der Hauptzugangsverwalter verwaltet die Zugänge Ihres Unternehmens zu den Online-Diensten. Er muss ein Mitarbeiter oder ein gesetzlicher Vertreter des Unternehmens sein. Mit diesem Verfahren ersetzen Sie auch den aktuellen Hauptzugangsverwalter. || Bestimmen oder ersetzen Sie den Hauptzugangsverwalter Ihres Unternehmens: ein Mitarbeiter oder ein gesetzlicher Vertreter.',
    "The chief access manager manages your company's access to online services. They must be an employee or a legal representative of the company. This procedure is also used to replace the current chief access manager. || Appoint or replace your company's chief access manager: a member of staff or a legal representative.",
  ),
  stdText: ph(
    "Seul un représentant légal de l'entreprise, inscrit à la BCE avec un mandat actif, peut suivre cette procédure. Il se connecte avec sa carte eID ou avec itsme. Munissez-vous du numéro d'entreprise, ainsi que du numéro de registre national et du numéro de téléphone de la personne à désigner. || Pour les représentants légaux inscrits à la Banque-Carrefour des Entreprises, avec eID ou itsme.",
    'Alleen een wettelijke vertegenwoordiger van de onderneming, ingeschreven in de KBO met een actief mandaat, kan deze procedure volgen. Hij of zij meldt zich aan met de eID of met itsme. Houd het ondernemingsnummer bij de hand, en het rijksregisternummer en het telefoonnummer van de persoon die u aanstelt. || Voor wettelijke vertegenwoordigers ingeschreven in de Kruispuntbank van Ondernemingen, met eID of itsme.',
    'Nur ein gesetzlicher Vertreter des Unternehmens, der in der ZDU mit einem aktiven Mandat eingetragen ist, kann dieses Verfahren durchführen. Er meldet sich mit seiner eID oder mit itsme an. Halten Sie die Unternehmensnummer sowie die Nationalregisternummer und die Telefonnummer der zu bestimmenden Person bereit. || Für gesetzliche Vertreter, die in der Zentralen Datenbank der Unternehmen eingetragen sind, mit eID oder itsme.',
    'Only a legal representative of the company, registered in the CBE with an active mandate, can follow this procedure. They log in with their eID or with itsme. Have the enterprise number ready, and the national register number and phone number of the person to be appointed. || For legal representatives registered in the Crossroads Bank for Enterprises, with eID or itsme.',
  ),
  excText: ph(
    "Pour les personnes qui ne disposent ni d'une carte d'identité électronique belge ni d'une carte électronique pour étrangers. || Vous n'avez pas de carte eID belge ? Suivez la procédure d'exception.",
    'Voor personen die geen Belgische elektronische identiteitskaart en geen elektronische vreemdelingenkaart hebben. || Hebt u geen Belgische eID? Volg dan de uitzonderingsprocedure.',
    'Für Personen, die weder einen belgischen elektronischen Personalausweis noch eine elektronische Ausländerkarte besitzen. || Sie haben keine belgische eID? Folgen Sie dem Ausnahmeverfahren.',
    "For people who have neither a Belgian electronic identity card nor an electronic foreigner's card. || No Belgian eID? Follow the exception procedure.",
  ),
  /** The standard procedure's link or button (step choose-designate). */
  stdLink: ph(
    'Procédure standard | Démarrer la procédure standard | Lancer la procédure standard || Suivre la procédure standard | Accéder à la procédure standard | Commencer la procédure standard',
    'Standaardprocedure | Start de standaardprocedure | Standaardprocedure starten | Naar de standaardprocedure || De standaardprocedure volgen | De standaardprocedure opstarten | Begin de standaardprocedure',
    'Standardverfahren | Standardverfahren starten | Das Standardverfahren beginnen || Zum Standardverfahren | Dem Standardverfahren folgen | Standardverfahren einleiten',
    'Standard procedure | Start the standard procedure | Begin the standard procedure || Go to the standard procedure | Follow the standard procedure | Launch the standard procedure',
  ),
  /** A bare start button under the procedure's heading. */
  startGeneric: ph('Commencer | Démarrer || Continuer', 'Starten | Begin || Verder', 'Starten | Beginnen || Weiter', 'Start | Begin || Continue'),
  excLink: ph(
    "Procédure d'exception | Démarrer la procédure d'exception || Accéder à la procédure d'exception",
    'Uitzonderingsprocedure | Start de uitzonderingsprocedure || Naar de uitzonderingsprocedure',
    'Ausnahmeverfahren | Ausnahmeverfahren starten || Zum Ausnahmeverfahren',
    'Exception procedure | Start the exception procedure || Go to the exception procedure',
  ),
  kboText: ph(
    "Qui sont les représentants légaux de votre entreprise ? Retrouvez-les par numéro d'entreprise dans la BCE. || Vérifiez d'abord que vous figurez comme représentant légal dans la BCE.",
    'Wie zijn de wettelijke vertegenwoordigers van uw onderneming? Zoek ze op via het ondernemingsnummer in de KBO. || Controleer eerst of u als wettelijke vertegenwoordiger in de KBO staat.',
    'Wer sind die gesetzlichen Vertreter Ihres Unternehmens? Suchen Sie sie anhand der Unternehmensnummer in der ZDU. || Prüfen Sie zuerst, ob Sie in der ZDU als gesetzlicher Vertreter eingetragen sind.',
    "Who are your company's legal representatives? Look them up by enterprise number in the CBE. || First check that you are listed as a legal representative in the CBE.",
  ),
  kboLink: ph(
    'BCE Public Search | Consulter la BCE Public Search || Banque-Carrefour des Entreprises (Public Search)',
    'KBO Public Search | De KBO Public Search raadplegen || Kruispuntbank van Ondernemingen (Public Search)',
    'ZDU Public Search | In der ZDU Public Search suchen || Zentrale Datenbank der Unternehmen (Public Search)',
    'CBE Public Search | Search the CBE Public Search || Crossroads Bank for Enterprises (Public Search)',
  ),
  appointAMText: ph(
    "Le gestionnaire d'accès principal peut désigner d'autres gestionnaires d'accès pour l'aider. || Les gestionnaires d'accès sont désignés par le gestionnaire d'accès principal.",
    'De hoofdtoegangsbeheerder kan andere toegangsbeheerders aanstellen om hem te helpen. || De toegangsbeheerders worden aangesteld door de hoofdtoegangsbeheerder.',
    'Der Hauptzugangsverwalter kann weitere Zugangsverwalter bestimmen, die ihn unterstützen. || Die Zugangsverwalter werden vom Hauptzugangsverwalter bestimmt.',
    'The chief access manager can appoint other access managers to help. || Access managers are appointed by the chief access manager.',
  ),
  // the designation application (behind the login): chrome
  appName: ph(
    "Gestion des Gestionnaires d'Accès | CSAM – Enregistrement | Enregistrement de l'entreprise || CSAM – Désignation des gestionnaires d'accès | Registre des gestionnaires d'accès",
    'Beheer der Toegangsbeheerders | CSAM – Registratie | Registratie van de onderneming || CSAM – Aanstelling van toegangsbeheerders | Register van toegangsbeheerders',
    'Verwaltung der Zugangsverwalter | CSAM – Registrierung | Registrierung des Unternehmens || CSAM – Bestimmung der Zugangsverwalter | Register der Zugangsverwalter',
    'Management of access managers | CSAM – Registration | Company registration || CSAM – Appointing access managers | Access managers register',
  ),
  stepsLabel: ph('Étapes | Progression || Étapes de la demande', 'Stappen | Voortgang || Stappen van de aanvraag', 'Schritte | Fortschritt || Schritte des Antrags', 'Steps | Progress || Steps of the request'),
  stepEnterprise: ph(
    "Entreprise | Identification de l'entreprise | Numéro d'entreprise || L'entreprise | Données de l'entreprise",
    'Onderneming | Identificatie van de onderneming | Ondernemingsnummer || De onderneming | Gegevens van de onderneming',
    'Unternehmen | Identifizierung des Unternehmens | Unternehmensnummer || Das Unternehmen | Unternehmensdaten',
    'Enterprise | Enterprise identification | Enterprise number || The enterprise | Company details',
  ),
  stepDesignee: ph(
    "Gestionnaire d'accès principal | Personne désignée | Données du gestionnaire || Le gestionnaire d'accès principal | Coordonnées du gestionnaire",
    'Hoofdtoegangsbeheerder | Aangestelde persoon | Gegevens van de beheerder || De hoofdtoegangsbeheerder | Contactgegevens van de beheerder',
    'Hauptzugangsverwalter | Bestimmte Person | Daten des Verwalters || Der Hauptzugangsverwalter | Kontaktdaten des Verwalters',
    'Chief access manager | Person appointed | Manager details || The chief access manager | Manager contact details',
  ),
  stepConfirm: ph('Confirmation | Récapitulatif | Vérification || Résumé | Validation', 'Bevestiging | Overzicht | Controle || Samenvatting | Validatie', 'Bestätigung | Zusammenfassung | Überprüfung || Übersicht | Validierung', 'Confirmation | Summary | Review || Overview | Validation'),
  representative: ph('représentant légal | Représentant légal || mandataire', 'wettelijk vertegenwoordiger | Wettelijke vertegenwoordiger || mandataris', 'gesetzlicher Vertreter | Gesetzlicher Vertreter || Bevollmächtigter', 'legal representative | Legal representative || representative'),
  helpdesk: ph(
    'Un problème ? Contactez le helpdesk CSAM. | Helpdesk CSAM : 02 511 51 51 || Besoin d\'aide ? Helpdesk',
    'Een probleem? Contacteer de CSAM-helpdesk. | CSAM-helpdesk: 02 511 51 51 || Hulp nodig? Helpdesk',
    'Ein Problem? Wenden Sie sich an den CSAM-Helpdesk. | CSAM-Helpdesk: 02 511 51 51 || Brauchen Sie Hilfe? Helpdesk',
    'A problem? Contact the CSAM helpdesk. | CSAM helpdesk: 02 511 51 51 || Need help? Helpdesk',
  ),
  // step enterprise-number
  enterpriseHeading: ph(
    "Identification de l'entreprise | Numéro d'entreprise | Pour quelle entreprise désignez-vous un gestionnaire d'accès principal ? || Entreprise concernée | Sélection de l'entreprise",
    'Identificatie van de onderneming | Ondernemingsnummer | Voor welke onderneming stelt u een hoofdtoegangsbeheerder aan? || Betrokken onderneming | Selectie van de onderneming',
    'Identifizierung des Unternehmens | Unternehmensnummer | Für welches Unternehmen bestimmen Sie einen Hauptzugangsverwalter? || Betroffenes Unternehmen | Auswahl des Unternehmens',
    'Identification of the enterprise | Enterprise number | Which company are you appointing a chief access manager for? || Enterprise concerned | Select the enterprise',
  ),
  enterpriseIntro: ph(
    "Introduisez le numéro d'entreprise de l'entreprise dont vous êtes représentant légal. | Indiquez pour quelle entreprise vous désignez un gestionnaire d'accès principal. || Nous vérifions dans la BCE que vous êtes représentant légal de cette entreprise.",
    'Vul het ondernemingsnummer in van de onderneming waarvan u wettelijk vertegenwoordiger bent. | Geef aan voor welke onderneming u een hoofdtoegangsbeheerder aanstelt. || We controleren in de KBO of u wettelijk vertegenwoordiger van deze onderneming bent.',
    'Geben Sie die Unternehmensnummer des Unternehmens ein, dessen gesetzlicher Vertreter Sie sind. | Geben Sie an, für welches Unternehmen Sie einen Hauptzugangsverwalter bestimmen. || Wir prüfen in der ZDU, ob Sie gesetzlicher Vertreter dieses Unternehmens sind.',
    'Enter the enterprise number of the company you are a legal representative of. | Tell us which company you are appointing a chief access manager for. || We check in the CBE that you are a legal representative of this company.',
  ),
  /** The enterprise-number field. */
  enterpriseLabel: ph(
    "Numéro d'entreprise | Numéro d'entreprise (BCE) | Numéro BCE || Numéro d'entreprise ou numéro d'immatriculation ONSS | N° d'entreprise",
    'Ondernemingsnummer | Ondernemingsnummer (KBO) | KBO-nummer || Ondernemingsnummer of RSZ-inschrijvingsnummer | Ondernemingsnr.',
    'Unternehmensnummer | Unternehmensnummer (ZDU) | ZDU-Nummer || Unternehmensnummer oder LSS-Registrierungsnummer | Unternehmensnr.',
    'Enterprise number | Enterprise number (CBE) | Company number || Enterprise number or NSSO registration number | CBE/KBO number',
  ),
  enterpriseHelp: ph(
    '10 chiffres, par exemple 0123.456.749 | Le numéro commence par 0 ou 1. || Format : 0XXX.XXX.XXX',
    '10 cijfers, bijvoorbeeld 0123.456.749 | Het nummer begint met 0 of 1. || Formaat: 0XXX.XXX.XXX',
    '10 Ziffern, zum Beispiel 0123.456.749 | Die Nummer beginnt mit 0 oder 1. || Format: 0XXX.XXX.XXX',
    '10 digits, for example 0123.456.749 | The number starts with 0 or 1. || Format: 0XXX.XXX.XXX',
  ),
  next: ph('Suivant | Continuer | Étape suivante || Poursuivre | Valider et continuer', 'Volgende | Verder | Volgende stap || Doorgaan | Bevestigen en verder', 'Weiter | Fortfahren | Nächster Schritt || Weiter zum nächsten Schritt | Bestätigen und weiter', 'Next | Continue | Next step || Proceed | Save and continue'),
  previous: ph('Précédent | Retour || Étape précédente', 'Vorige | Terug || Vorige stap', 'Zurück | Vorheriger Schritt || Zurück zum vorigen Schritt', 'Previous | Back || Previous step'),
  cancel: ph('Annuler | Annuler la demande || Abandonner', 'Annuleren | Aanvraag annuleren || Afbreken', 'Abbrechen | Antrag abbrechen || Verwerfen', 'Cancel | Cancel the request || Discard'),
  // step designee-details
  designeeHeading: ph(
    "Gestionnaire d'accès principal | Données du gestionnaire d'accès principal | Qui désignez-vous comme gestionnaire d'accès principal ? || Personne désignée | Identification du gestionnaire d'accès principal",
    'Hoofdtoegangsbeheerder | Gegevens van de hoofdtoegangsbeheerder | Wie stelt u aan als hoofdtoegangsbeheerder? || Aangestelde persoon | Identificatie van de hoofdtoegangsbeheerder',
    'Hauptzugangsverwalter | Daten des Hauptzugangsverwalters | Wen bestimmen Sie als Hauptzugangsverwalter? || Bestimmte Person | Identifizierung des Hauptzugangsverwalters',
    'Chief access manager | Chief access manager details | Who are you appointing as chief access manager? || Person appointed | Identify the chief access manager',
  ),
  designeeIntro: ph(
    "Le gestionnaire d'accès principal peut être vous-même ou une autre personne de l'entreprise. Il recevra un e-mail et devra se connecter une première fois pour activer le compte de l'entreprise. | Indiquez qui sera le gestionnaire d'accès principal de l'entreprise. || Vous pouvez vous désigner vous-même.",
    'De hoofdtoegangsbeheerder kan uzelf zijn of een andere persoon van de onderneming. Hij of zij ontvangt een e-mail en moet zich een eerste keer aanmelden om het account van de onderneming te activeren. | Geef aan wie de hoofdtoegangsbeheerder van de onderneming wordt. || U kunt uzelf aanstellen.',
    'Der Hauptzugangsverwalter kann Sie selbst oder eine andere Person des Unternehmens sein. Er erhält eine E-Mail und muss sich ein erstes Mal anmelden, um das Konto des Unternehmens zu aktivieren. | Geben Sie an, wer Hauptzugangsverwalter des Unternehmens wird. || Sie können sich selbst bestimmen.',
    "The chief access manager can be yourself or another person in the company. They will receive an e-mail and must log in once to activate the company's account. | Tell us who will be the company's chief access manager. || You may appoint yourself.",
  ),
  /** The designated person's national number (step designee-details's target). */
  designeeNiss: ph(
    "Numéro de registre national | NISS | Numéro d'identification de la sécurité sociale (NISS) || Numéro national | N° de registre national du gestionnaire",
    'Rijksregisternummer | INSZ | Identificatienummer van de sociale zekerheid (INSZ) || Nationaal nummer | Rijksregisternummer van de beheerder',
    'Nationalregisternummer | ENSS | Erkennungsnummer der sozialen Sicherheit (ENSS) || Nationalnummer | Nationalregisternummer des Verwalters',
    'National register number | National number | Social security identification number (NISS) || National registration number | Identification number (INSZ/NISS)',
  ),
  phone: ph(
    'Numéro de téléphone | Téléphone | Numéro de GSM || Téléphone mobile | N° de téléphone (GSM)',
    'Telefoonnummer | Telefoon | Gsm-nummer || Mobiel nummer | Telefoonnr. (gsm)',
    'Telefonnummer | Telefon | Handynummer || Mobilnummer | Tel.-Nr. (Mobil)',
    'Phone number | Telephone | Mobile number || Mobile phone | Phone (mobile)',
  ),
  self: ph(
    "Je me désigne moi-même | Je suis moi-même le gestionnaire d'accès principal || Me désigner comme gestionnaire d'accès principal",
    'Ik stel mezelf aan | Ik ben zelf de hoofdtoegangsbeheerder || Mezelf aanstellen als hoofdtoegangsbeheerder',
    'Ich bestimme mich selbst | Ich bin selbst der Hauptzugangsverwalter || Mich selbst als Hauptzugangsverwalter bestimmen',
    'I appoint myself | I am the chief access manager myself || Appoint myself as chief access manager',
  ),
  repSection: ph('Vos coordonnées | Coordonnées du représentant légal || Vos données de contact', 'Uw contactgegevens | Contactgegevens van de wettelijke vertegenwoordiger || Uw gegevens', 'Ihre Kontaktdaten | Kontaktdaten des gesetzlichen Vertreters || Ihre Angaben', "Your contact details | Legal representative's contact details || Your details"),
  // step confirm-designation
  confirmHeading: ph(
    'Confirmation | Récapitulatif | Vérifiez et confirmez la désignation || Résumé de votre demande | Confirmer la désignation',
    'Bevestiging | Overzicht | Controleer en bevestig de aanstelling || Samenvatting van uw aanvraag | De aanstelling bevestigen',
    'Bestätigung | Zusammenfassung | Überprüfen und bestätigen Sie die Bestimmung || Übersicht Ihres Antrags | Bestimmung bestätigen',
    'Confirmation | Summary | Check and confirm the appointment || Summary of your request | Confirm the appointment',
  ),
  confirmIntro: ph(
    'Vérifiez les données ci-dessous avant de confirmer. | Contrôlez votre demande : vous pouvez encore la modifier. || Relisez le récapitulatif de la désignation.',
    'Controleer de onderstaande gegevens voor u bevestigt. | Kijk uw aanvraag na: u kunt ze nog wijzigen. || Lees het overzicht van de aanstelling na.',
    'Überprüfen Sie die folgenden Daten, bevor Sie bestätigen. | Kontrollieren Sie Ihren Antrag: Sie können ihn noch ändern. || Lesen Sie die Zusammenfassung der Bestimmung.',
    'Check the details below before you confirm. | Review your request: you can still change it. || Read the summary of the appointment.',
  ),
  declaration: ph(
    "En confirmant, vous déclarez être représentant légal de l'entreprise et désigner la personne ci-dessus comme gestionnaire d'accès principal. || Vous agissez en tant que représentant légal de l'entreprise.",
    'Door te bevestigen verklaart u wettelijk vertegenwoordiger van de onderneming te zijn en de bovenstaande persoon aan te stellen als hoofdtoegangsbeheerder. || U handelt als wettelijke vertegenwoordiger van de onderneming.',
    'Mit der Bestätigung erklären Sie, gesetzlicher Vertreter des Unternehmens zu sein und die oben genannte Person als Hauptzugangsverwalter zu bestimmen. || Sie handeln als gesetzlicher Vertreter des Unternehmens.',
    'By confirming, you declare that you are a legal representative of the company and appoint the person above as chief access manager. || You act as a legal representative of the company.',
  ),
  /** The confirm button (step confirm-designation). */
  confirm: ph(
    'Confirmer | Confirmer la désignation | Je confirme || Valider la désignation | Envoyer',
    'Bevestigen | Aanstelling bevestigen | Ik bevestig || Aanstelling valideren | Verzenden',
    'Bestätigen | Bestimmung bestätigen | Ich bestätige || Bestimmung absenden | Senden',
    'Confirm | Confirm the appointment | I confirm || Submit the appointment | Send',
  ),
  modify: ph('Modifier | Modifier les données || Corriger', 'Wijzigen | Gegevens wijzigen || Aanpassen', 'Ändern | Daten ändern || Korrigieren', 'Edit | Change details || Make changes'),
  // the end (finish)
  recordedHeading: ph(
    'Désignation enregistrée | Demande enregistrée | Merci || Votre demande a été traitée | Désignation terminée',
    'Aanstelling geregistreerd | Aanvraag geregistreerd | Bedankt || Uw aanvraag werd verwerkt | Aanstelling voltooid',
    'Bestimmung registriert | Antrag registriert | Vielen Dank || Ihr Antrag wurde bearbeitet | Bestimmung abgeschlossen',
    'Appointment recorded | Request registered | Thank you || Your request has been processed | Appointment complete',
  ),
  recorded: ph(
    "La désignation a été enregistrée. | Le gestionnaire d'accès principal a bien été désigné. | Votre demande a été enregistrée. || La désignation du gestionnaire d'accès principal est enregistrée. | Désignation réussie.",
    'De aanstelling werd geregistreerd. | De hoofdtoegangsbeheerder werd aangesteld. | Uw aanvraag werd geregistreerd. || De aanstelling van de hoofdtoegangsbeheerder is geregistreerd. | Aanstelling geslaagd.',
    'Die Bestimmung wurde registriert. | Der Hauptzugangsverwalter wurde bestimmt. | Ihr Antrag wurde registriert. || Die Bestimmung des Hauptzugangsverwalters ist erfasst. | Bestimmung erfolgreich.',
    "The appointment has been recorded. | The chief access manager has been appointed. | Your request has been registered. || The chief access manager's appointment is registered. | Appointment successful.",
  ),
  activation: ph(
    "Le gestionnaire d'accès principal doit maintenant se connecter une première fois pour activer le compte de l'entreprise. | Le compte de l'entreprise sera actif dès la première connexion du gestionnaire d'accès principal. || Sans numéro national belge, il reçoit un nom d'utilisateur par e-mail et un mot de passe temporaire par SMS.",
    'De hoofdtoegangsbeheerder moet zich nu een eerste keer aanmelden om het account van de onderneming te activeren. | Het account van de onderneming is actief zodra de hoofdtoegangsbeheerder zich voor het eerst aanmeldt. || Zonder Belgisch nationaal nummer ontvangt hij een gebruikersnaam per e-mail en een tijdelijk wachtwoord per sms.',
    'Der Hauptzugangsverwalter muss sich jetzt ein erstes Mal anmelden, um das Konto des Unternehmens zu aktivieren. | Das Konto des Unternehmens ist aktiv, sobald sich der Hauptzugangsverwalter zum ersten Mal anmeldet. || Ohne belgische Nationalnummer erhält er einen Benutzernamen per E-Mail und ein vorläufiges Passwort per SMS.',
    "The chief access manager must now log in once to activate the company's account. | The company's account is active as soon as the chief access manager logs in for the first time. || Without a Belgian national number, they receive a user name by e-mail and a temporary password by text message.",
  ),
  backToCsam: ph("Retour à CSAM | Retour à la page d'accueil || Vers csam.be", 'Terug naar CSAM | Terug naar de startpagina || Naar csam.be', 'Zurück zu CSAM | Zurück zur Startseite || Zu csam.be', 'Back to CSAM | Back to the home page || To csam.be'),
  // messages on the forms
  invalidEnterprise: ph(
    "Le numéro d'entreprise n'est pas valide. | Ce numéro d'entreprise est introuvable dans la BCE. || Introduisez un numéro d'entreprise valide de 10 chiffres.",
    'Het ondernemingsnummer is ongeldig. | Dit ondernemingsnummer komt niet voor in de KBO. || Geef een geldig ondernemingsnummer van 10 cijfers in.',
    'Die Unternehmensnummer ist ungültig. | Diese Unternehmensnummer ist in der ZDU nicht zu finden. || Geben Sie eine gültige zehnstellige Unternehmensnummer ein.',
    'The enterprise number is not valid. | This enterprise number cannot be found in the CBE. || Enter a valid 10-digit enterprise number.',
  ),
  notRepresentative: ph(
    "Vous n'êtes pas inscrit comme représentant légal de cette entreprise dans la BCE. | Aucun mandat actif de représentant légal n'a été trouvé pour cette entreprise. || Seul un représentant légal avec un mandat actif peut désigner le gestionnaire d'accès principal.",
    'U bent in de KBO niet ingeschreven als wettelijke vertegenwoordiger van deze onderneming. | Er werd geen actief mandaat als wettelijke vertegenwoordiger gevonden voor deze onderneming. || Alleen een wettelijke vertegenwoordiger met een actief mandaat kan de hoofdtoegangsbeheerder aanstellen.',
    'Sie sind in der ZDU nicht als gesetzlicher Vertreter dieses Unternehmens eingetragen. | Für dieses Unternehmen wurde kein aktives Mandat als gesetzlicher Vertreter gefunden. || Nur ein gesetzlicher Vertreter mit aktivem Mandat kann den Hauptzugangsverwalter bestimmen.',
    'You are not registered in the CBE as a legal representative of this company. | No active legal representative mandate was found for this company. || Only a legal representative with an active mandate can appoint the chief access manager.',
  ),
  formErrors: ph(
    'Veuillez corriger les erreurs ci-dessous. | Le formulaire contient des erreurs. || Certains champs obligatoires ne sont pas remplis.',
    'Gelieve de onderstaande fouten te verbeteren. | Het formulier bevat fouten. || Sommige verplichte velden zijn niet ingevuld.',
    'Bitte korrigieren Sie die folgenden Fehler. | Das Formular enthält Fehler. || Einige Pflichtfelder sind nicht ausgefüllt.',
    'Please correct the errors below. | The form contains errors. || Some required fields are empty.',
  ),
  fieldRequired: ph('Ce champ est obligatoire. | Champ obligatoire || Veuillez compléter ce champ.', 'Dit veld is verplicht. | Verplicht veld || Gelieve dit veld in te vullen.', 'Dieses Feld ist ein Pflichtfeld. | Pflichtfeld || Bitte füllen Sie dieses Feld aus.', 'This field is required. | Required field || Please fill in this field.'),
  // pages off the way
  exceptionHeading: ph(
    "Procédure d'exception | Désigner un gestionnaire d'accès principal sans eID || Demande par la procédure d'exception",
    'Uitzonderingsprocedure | Een hoofdtoegangsbeheerder aanstellen zonder eID || Aanvraag via de uitzonderingsprocedure',
    'Ausnahmeverfahren | Einen Hauptzugangsverwalter ohne eID bestimmen || Antrag über das Ausnahmeverfahren',
    'Exception procedure | Appoint a chief access manager without eID || Request through the exception procedure',
  ),
  exceptionText: ph(
    "Complétez le formulaire de demande, signez-le et envoyez-le avec une copie de la pièce d'identité des personnes concernées. Le helpdesk traite votre demande dans les meilleurs délais. || Cette procédure est destinée aux personnes sans carte eID belge ni carte électronique pour étrangers.",
    'Vul het aanvraagformulier in, onderteken het en stuur het op met een kopie van het identiteitsbewijs van de betrokken personen. De helpdesk behandelt uw aanvraag zo snel mogelijk. || Deze procedure is bedoeld voor personen zonder Belgische eID of elektronische vreemdelingenkaart.',
    'Füllen Sie das Antragsformular aus, unterschreiben Sie es und senden Sie es mit einer Kopie des Ausweises der betroffenen Personen. Der Helpdesk bearbeitet Ihren Antrag so schnell wie möglich. || Dieses Verfahren ist für Personen ohne belgische eID oder elektronische Ausländerkarte.',
    "Fill in the request form, sign it and send it with a copy of the identity document of the people concerned. The helpdesk handles your request as soon as possible. || This procedure is for people without a Belgian eID or electronic foreigner's card.",
  ),
  exceptionForm: ph('Télécharger le formulaire de demande | Formulaire de demande (PDF) || Envoyer la demande', 'Het aanvraagformulier downloaden | Aanvraagformulier (PDF) || Aanvraag verzenden', 'Antragsformular herunterladen | Antragsformular (PDF) || Antrag senden', 'Download the request form | Request form (PDF) || Send the request'),
  nationality: ph('Nationalité | Pays de résidence || Pays', 'Nationaliteit | Land van verblijf || Land', 'Staatsangehörigkeit | Wohnsitzland || Land', 'Nationality | Country of residence || Country'),
  faqQ: ph(
    "Comment désigner un gestionnaire d'accès principal ? | Comment remplacer le gestionnaire d'accès principal ? || Qui peut désigner le gestionnaire d'accès principal ?",
    'Hoe stel ik een hoofdtoegangsbeheerder aan? | Hoe vervang ik de hoofdtoegangsbeheerder? || Wie kan de hoofdtoegangsbeheerder aanstellen?',
    'Wie bestimme ich einen Hauptzugangsverwalter? | Wie ersetze ich den Hauptzugangsverwalter? || Wer kann den Hauptzugangsverwalter bestimmen?',
    'How do I appoint a chief access manager? | How do I replace the chief access manager? || Who can appoint the chief access manager?',
  ),
  faqA: ph(
    "Un représentant légal de l'entreprise ouvre le service Gestion des gestionnaires d'accès, choisit la procédure standard sous Désigner un gestionnaire d'accès principal, se connecte, introduit le numéro d'entreprise puis le numéro de registre national et le numéro de téléphone de la personne désignée, et confirme. || Le représentant légal suit la procédure standard ; la personne désignée active ensuite le compte en se connectant.",
    'Een wettelijke vertegenwoordiger van de onderneming opent de dienst Beheer der toegangsbeheerders, kiest de standaardprocedure onder Een hoofdtoegangsbeheerder aanstellen, meldt zich aan, vult het ondernemingsnummer in en daarna het rijksregisternummer en het telefoonnummer van de aangestelde persoon, en bevestigt. || De wettelijke vertegenwoordiger volgt de standaardprocedure; de aangestelde persoon activeert daarna het account door zich aan te melden.',
    'Ein gesetzlicher Vertreter des Unternehmens öffnet den Dienst Verwaltung der Zugangsverwalter, wählt das Standardverfahren unter Einen Hauptzugangsverwalter bestimmen, meldet sich an, gibt die Unternehmensnummer und dann die Nationalregisternummer und die Telefonnummer der bestimmten Person ein und bestätigt. || Der gesetzliche Vertreter folgt dem Standardverfahren; die bestimmte Person aktiviert danach das Konto, indem sie sich anmeldet.',
    'A legal representative of the company opens the Management of access managers service, chooses the standard procedure under Appoint a chief access manager, logs in, enters the enterprise number, then the national register number and phone number of the person appointed, and confirms. || The legal representative follows the standard procedure; the person appointed then activates the account by logging in.',
  ),
};
