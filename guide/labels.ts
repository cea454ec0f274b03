// Portal words, as the portal prints them, in its four languages (PORTAL.md).
// Synonyms cover the wordings seen on csam.be and socialsecurity.be and the
// plausible ones for pages nobody here could see. Matching ignores case,
// accents and spacing, so write them as they read.
import type { Labels } from './types';

const l = (fr: string[], nl: string[], de: string[], en: string[]): Labels => ({ fr, nl, de, en });

export const SERVICE_ACCESS_MANAGERS = l(
  ["Gestion des gestionnaires d'accès"],
  ['Beheer der toegangsbeheerders', 'Beheer van de toegangsbeheerders'],
  ['Verwaltung der Zugangsverwalter'],
  ['Management of access managers'],
);
export const SERVICE_DIGITAL_KEYS = l(['Mes clés numériques'], ['Mijn digitale sleutels'], ['Meine digitalen Schlüssel'], ['My digital keys']);
export const SERVICE_MANDATES = l(['Gestion des mandats'], ['Beheer van mandaten', 'Beheer der mandaten'], ['Verwaltung der Mandate', 'Verwaltung von Mandaten'], ['Management of mandates']);

export const DESIGNATE_MAIN_MANAGER = l(
  ["Désigner un gestionnaire d'accès principal"],
  ['Een hoofdtoegangsbeheerder aanstellen', 'Hoofdtoegangsbeheerder aanstellen'],
  ['Einen Hauptzugangsverwalter bestimmen', 'Hauptzugangsverwalter bestimmen', 'Einen Hauptzugangsverwalter bestellen', 'Hauptzugangsverwalter bestellen', 'Einen Hauptzugangsverwalter benennen'],
  ['Designate a chief access manager', 'Appoint a chief access manager'],
);
export const DESIGNATE_MANAGERS = l(
  ["Désigner des gestionnaires d'accès"],
  ['Toegangsbeheerders aanstellen'],
  ['Zugangsverwalter bestellen', 'Zugangsverwalter benennen'],
  ['Designate access managers', 'Appoint access managers'],
);
// Designating the main access manager (issue 17): the service page's first section, then the
// application behind the login (inferred wordings: nobody here could see it).
export const STANDARD_PROCEDURE = l(['Procédure standard'], ['Standaardprocedure'], ['Standardverfahren'], ['Standard procedure']);
export const ENTERPRISE_NUMBER = l(
  ["Numéro d'entreprise", 'Numéro BCE', 'N° BCE', "N° d'entreprise"],
  ['Ondernemingsnummer', 'KBO-nummer'],
  ['Unternehmensnummer', 'ZDU-Nummer', 'KBO-Nummer'],
  ['Enterprise number', 'Company number', 'CBE number', 'KBO number'],
);
export const SUMMARY = l(
  ['Récapitulatif', 'Résumé', 'Vérifiez les données', 'Vérification des données'],
  ['Overzicht', 'Samenvatting', 'Controleer de gegevens', 'Controle van de gegevens'],
  ['Zusammenfassung', 'Übersicht', 'Überprüfen Sie die Angaben', 'Überprüfung der Angaben'],
  ['Summary', 'Overview', 'Check the details', 'Review the details'],
);
export const CONFIRM = l(['Confirmer', 'Valider', 'Envoyer'], ['Bevestigen', 'Verzenden', 'Indienen'], ['Bestätigen', 'Absenden'], ['Confirm', 'Submit']);
// (Not "the main access manager has been designated": to tolerant matching that is the
// title every designation page shows, "Désigner un gestionnaire d'accès principal".)
export const DESIGNATION_DONE = l(
  ['La désignation a été enregistrée', 'Votre demande a été enregistrée', 'a bien été enregistrée', 'avec succès'],
  ['De aanstelling werd geregistreerd', 'Uw aanvraag werd geregistreerd', 'werd geregistreerd', 'is geregistreerd', 'met succes', 'succesvol'],
  ['Die Bestimmung wurde gespeichert', 'Ihr Antrag wurde registriert', 'wurde gespeichert', 'wurde registriert', 'erfolgreich'],
  ['The designation has been recorded', 'Your request has been registered', 'has been recorded', 'has been registered', 'successfully'],
);
/** What the end page most likely adds (public: the account is active once the new manager logs in). */
export const ACCOUNT_ACTIVATION = l(
  ['activer le compte', 'se connecter une première fois'],
  ['de account van de onderneming te activeren', 'de account activeren', 'zich een eerste keer aanmelden'],
  ['das Konto aktivieren', 'Konto des Unternehmens zu aktivieren', 'sich ein erstes Mal anmelden'],
  ['activate the account', "activate the company's account", 'log in for the first time', 'log in to CSAM once'],
);
export const MANAGE_ACCESS = l(['Gérer les accès'], ['Toegangen beheren'], ['Zugänge verwalten'], ['Manage access', 'Manage accesses']);

export const SOCIAL_SECURITY = l(['Sécurité sociale'], ['Sociale zekerheid'], ['Soziale Sicherheit'], ['Social security']);
export const FEDERAL = l(['Fédéral', 'BOSA'], ['Federaal', 'BOSA'], ['Föderal', 'BOSA'], ['Federal', 'BOSA']);
export const FLEMISH = l(['Gouvernement flamand', 'Vlaamse overheid'], ['Vlaamse overheid'], ['Flämische Regierung', 'Vlaamse overheid'], ['Flemish government', 'Vlaamse overheid']);

export const SS_ACCESS_SERVICE = l(
  ['Gestion des accès pour entreprises et organisations'],
  ['Toegangsbeheer voor ondernemingen en organisaties'],
  ['Zugangsverwaltung für Unternehmen und Organisationen'],
  ['Access management for companies and organisations', 'Access management for companies and organizations'],
);
export const HOW_TO_LOG_IN = l(['Se connecter', 'Comment vous connecter'], ['Hoe meldt u zich aan', 'Aanmelden'], ['Wie melden Sie sich an', 'Anmelden'], ['How do you log in', 'Log in']);
export const LOG_IN = l(['Se connecter', 'Connexion'], ['Aanmelden', 'Inloggen'], ['Anmelden', 'Einloggen'], ['Log in', 'Login', 'Sign in']);

export const AUDIENCE_QUESTION = l(
  // The question's own noun is what it keeps however it is put ("Choisissez votre public cible").
  ['Dans quel public cible', 'En tant que quel public cible', 'public cible'],
  ['In welke doelgroep', 'Als welke doelgroep', 'doelgroep'],
  ['In welcher Zielgruppe', 'Als welche Zielgruppe', 'Zielgruppe'],
  ['In what target audience would you like to log in', 'target audience'],
);
export const AUDIENCE_CITIZEN = l(['Citoyen'], ['Burger'], ['Bürger'], ['Citizen']);
export const AUDIENCE_ENTERPRISE = l(['Entreprise'], ['Onderneming'], ['Unternehmen'], ['Enterprise']);
// The two other audiences the login offers (confirmed): names of their own, in every language.
export const AUDIENCE_EHEALTH = l(['eHealth'], ['eHealth'], ['eHealth'], ['eHealth']);
export const AUDIENCE_LIMOSA = l(['Limosa'], ['Limosa'], ['Limosa'], ['Limosa']);
export const AUDIENCE_CIVIL_SERVANT = l(['Fonctionnaire', 'Fonction publique'], ['Ambtenaar', 'Overheidspersoneel'], ['Beamter', 'Beamte', 'Öffentlicher Dienst'], ['Civil servant', 'Public servant']);

export const FEDERAL_LOGIN = l(
  ["Se connecter à l'administration en ligne", 'Connectez-vous', "S'identifier"],
  ['Aanmelden bij de digitale overheid', 'Meld u aan'],
  ['Anmeldung bei der digitalen Verwaltung', 'Bei der digitalen Behörde anmelden', 'Melden Sie sich an'],
  ['Log in to the digital government', 'Log in to the online public services', 'Sign in'],
);
export const EID_READER = l(['lecteur de carte eID', 'carte eID'], ['eID kaartlezer', 'eID-kaartlezer'], ['eID-Kartenleser', 'eID Kartenleser'], ['eID card reader']);
export const ITSME = l(['itsme'], ['itsme'], ['itsme'], ['itsme']);

export const UMAN_APP = l(['Gestion des accès'], ['Toegangsbeheer'], ['Zugangsverwaltung'], ['Access management']);
export const CHOOSE_GROUP = l(['Choisissez un groupe', 'Sélectionnez un groupe', 'Choisir un groupe', 'Mes groupes', 'Vos groupes'], ['Kies een groep', 'Selecteer een groep', 'Mijn groepen', 'Uw groepen'], ['Wählen Sie eine Gruppe', 'Gruppe auswählen', 'Meine Gruppen', 'Ihre Gruppen'], ['Choose a group', 'Select a group', 'My groups', 'Your groups']);
export const EMPLOYER_GROUP = l(['Employeur ONSS'], ['Werkgever RSZ'], ['LSS-Arbeitgeber', 'Arbeitgeber LSS'], ['NSSO employer', 'Employer NSSO', 'Employer ONSS']);
export const SERVICE_PROVIDER = l(['Prestataire de services'], ['Dienstverlener'], ['Dienstleister'], ['Service provider']);
export const SOCIAL_SECRETARIAT = l(['Secrétariat social'], ['Sociaal secretariaat'], ['Sozialsekretariat'], ['Social secretariat']);

export const FEATURES = l(['Fonctionnalités'], ['Functionaliteiten'], ['Funktionalitäten', 'Funktionen'], ['Features', 'Functionalities']);
export const USERS = l(['Utilisateurs'], ['Gebruikers'], ['Benutzer'], ['Users']);
export const ACCESS_MANAGERS = l(["Gestionnaires d'accès"], ['Toegangsbeheerders'], ['Zugangsverwalter'], ['Access managers']);

export const ADD_USER = l(
  ['Ajouter un utilisateur', 'Ajouter un nouvel utilisateur'],
  ['Een gebruiker toevoegen', 'Gebruiker toevoegen', 'Nieuwe gebruiker toevoegen'],
  ['Einen Benutzer hinzufügen', 'Benutzer hinzufügen', 'Neuen Benutzer hinzufügen'],
  ['Add a user', 'Add user', 'Add a new user'],
);
/** The users page's button to the add-user form: "Ajouter un utilisateur", or the form's own name. */
export const ADD_USER_ACTION = l(
  [...ADD_USER.fr, 'Nouvel utilisateur', 'Ajouter une personne'],
  [...ADD_USER.nl, 'Nieuwe gebruiker', 'Een persoon toevoegen'],
  [...ADD_USER.de, 'Neuer Benutzer', 'Eine Person hinzufügen'],
  [...ADD_USER.en, 'New user', 'Add a person'],
);
export const NATIONAL_NUMBER = l(
  // NISS and INSZ spelled out are the numbers' official names.
  ['NISS', 'Numéro de registre national', 'Numéro national', "Numéro d'identification de la sécurité sociale"],
  ['INSZ', 'Rijksregisternummer', 'Identificatienummer van de sociale zekerheid'],
  ['INSZ', 'ENSS', 'Nationalregisternummer', 'Nationalnummer', 'Erkennungsnummer der sozialen Sicherheit'],
  ['NISS', 'INSZ', 'National register number', 'National number', 'Social security identification number'],
);
export const NEXT = l(['Suivant', 'Continuer'], ['Volgende', 'Doorgaan', 'Verder'], ['Weiter', 'Fortfahren'], ['Next', 'Continue']);

export const NEW_USER = l(['Nouvel utilisateur', 'Créer un utilisateur'], ['Nieuwe gebruiker', 'Gebruiker aanmaken'], ['Neuer Benutzer', 'Benutzer anlegen'], ['New user', 'Create a user']);
export const SECURED_APPLICATIONS = l(['Applications sécurisées'], ['Beveiligde toepassingen'], ['Gesicherte Anwendungen', 'Geschützte Anwendungen'], ['Secured applications', 'Secure applications']);
export const EMAIL = l(['Adresse e-mail', 'E-mail', 'Courriel'], ['E-mailadres', 'E-mail'], ['E-Mail-Adresse', 'E-Mail'], ['Email address', 'E-mail address', 'Email']);
export const PHONE = l(['Téléphone', 'Numéro de téléphone', 'GSM'], ['Telefoon', 'Telefoonnummer', 'GSM'], ['Telefon', 'Telefonnummer', 'Handy', 'Mobiltelefon'], ['Telephone', 'Phone', 'Mobile number']);
export const TR_FPP = l(['TR-FPP'], ['TR-FPP'], ['TR-FPP'], ['TR-FPP']);
export const SAVE = l(['Enregistrer', 'Sauvegarder', 'Valider'], ['Opslaan', 'Bewaren', 'Bevestigen'], ['Speichern', 'Bestätigen'], ['Save', 'Confirm']);

// Branches (issue 10): an existing account, and taking access away. Inferred wordings.
export const EXISTING_USER = l(['Utilisateur existant', 'Utilisateur déjà connu'], ['Bestaande gebruiker', 'Gekende gebruiker'], ['Bestehender Benutzer', 'Vorhandener Benutzer'], ['Existing user', 'Known user']);
export const ALREADY_KNOWN = l(
  ['possède déjà un compte', 'a déjà un compte', "dispose déjà d'un compte", 'est déjà connue', 'est déjà connu', 'est déjà enregistré', 'est déjà enregistrée', 'existe déjà'],
  ['heeft al een gebruikersaccount', 'heeft al een account', 'heeft reeds een account', 'is al gekend', 'is reeds gekend', 'is al geregistreerd', 'is reeds geregistreerd', 'bestaat al', 'bestaat reeds'],
  ['hat bereits ein Benutzerkonto', 'hat bereits ein Konto', 'hat schon ein Konto', 'ist bereits bekannt', 'ist bereits registriert', 'existiert bereits'],
  ['already has a user account', 'already has an account', 'is already known', 'is already registered', 'already exists'],
);
export const CURRENT_APPLICATIONS = l(
  ['Applications actuelles', 'Applications attribuées', "Applications de l'utilisateur", 'Accès actuels'],
  ['Huidige toepassingen', 'Toegekende toepassingen', 'Toepassingen van de gebruiker', 'Huidige toegangen'],
  ['Aktuelle Anwendungen', 'Zugewiesene Anwendungen', 'Anwendungen des Benutzers', 'Aktuelle Zugänge'],
  ['Current applications', 'Assigned applications', 'Applications of the user', 'Current access'],
);
export const EDIT = l(['Modifier', 'Adapter'], ['Wijzigen', 'Bewerken', 'Aanpassen'], ['Bearbeiten', 'Ändern', 'Anpassen'], ['Edit', 'Modify', 'Change']);
export const EDIT_USER = l(["Modifier l'utilisateur", 'Modifier un utilisateur'], ['Gebruiker wijzigen', 'Gebruiker bewerken'], ['Benutzer bearbeiten', 'Benutzer ändern'], ['Edit user', 'Edit the user']);
export const SEARCH_USER = l(
  ['Rechercher un utilisateur', 'Chercher un utilisateur', 'Rechercher'],
  ['Een gebruiker zoeken', 'Gebruiker zoeken', 'Een gebruiker vinden', 'Zoeken'],
  ['Einen Benutzer suchen', 'Benutzer suchen', 'Einen Benutzer finden', 'Suchen'],
  ['Search a user', 'Search for a user', 'Find a user', 'Search'],
);
export const SEARCH = l(['Rechercher', 'Chercher'], ['Zoeken', 'Vinden'], ['Suchen', 'Finden'], ['Search', 'Find']);
export const RESULTS_FOUND = l(['résultats', 'résultat', 'utilisateurs trouvés'], ['resultaten', 'resultaat', 'gebruikers gevonden'], ['Ergebnisse', 'Ergebnis', 'Benutzer gefunden'], ['results', 'result', 'users found']);
export const SEARCH_RESULTS = l(['Résultats de la recherche', 'Résultat de la recherche'], ['Zoekresultaten', 'Resultaten van de zoekopdracht'], ['Suchergebnisse'], ['Search results']);
export const DEACTIVATE_USER = l(["Désactiver l'utilisateur", 'Clôturer le compte'], ['Gebruiker deactiveren', 'Account afsluiten'], ['Benutzer deaktivieren', 'Konto schließen'], ['Deactivate user', 'Close the account']);

// What error pages say, as their main heading (lib/recognition/recognisePage.ts reads only that for detours).
export const PORTAL_ERROR = l(
  [
    'Une erreur est survenue', "Une erreur s'est produite", 'Un problème est survenu', 'Erreur inattendue', 'Erreur interne du serveur', 'Erreur technique',
    "Cette page n'existe pas", 'Page introuvable', 'Page non trouvée', 'Service indisponible', 'momentanément indisponible', 'temporairement indisponible',
    'Erreur 404', 'Erreur 500', 'Maintenance',
  ],
  [
    'Er is een fout opgetreden', 'Er is een fout gebeurd', 'Er ging iets mis', 'Onverwachte fout', 'Interne serverfout', 'Technische fout',
    'Deze pagina bestaat niet', 'Pagina niet gevonden', 'Dienst niet beschikbaar', 'momenteel niet beschikbaar', 'tijdelijk niet beschikbaar',
    'Fout 404', 'Fout 500', 'Onderhoud', 'Onderhoudswerken',
  ],
  [
    'Ein Fehler ist aufgetreten', 'Etwas ist schiefgelaufen', 'Unerwarteter Fehler', 'Interner Serverfehler', 'Technischer Fehler',
    'Diese Seite existiert nicht', 'Diese Seite gibt es nicht', 'Seite nicht gefunden', 'Dienst nicht verfügbar', 'derzeit nicht verfügbar', 'vorübergehend nicht verfügbar',
    'Fehler 404', 'Fehler 500', 'Wartung', 'Wartungsarbeiten',
  ],
  [
    'An error has occurred', 'An error occurred', 'Something went wrong', 'Unexpected error', 'Internal server error', 'Technical error',
    'This page does not exist', 'Page not found', 'Page cannot be found', 'Service unavailable', 'currently unavailable', 'temporarily unavailable',
    'Error 404', 'Error 500', 'Maintenance',
  ],
);
export const USER_SAVED = l(
  ["L'utilisateur a été enregistré", "L'utilisateur a bien été enregistré", 'Utilisateur sauvegardé', "L'utilisateur a été ajouté", 'Les modifications ont été enregistrées', 'Les données ont été enregistrées'],
  ['De gebruiker werd opgeslagen', 'De gebruiker is opgeslagen', 'De gebruiker werd bewaard', 'De gebruiker werd toegevoegd', 'De wijzigingen werden opgeslagen', 'De wijzigingen zijn opgeslagen', 'De gegevens werden bewaard'],
  ['Der Benutzer wurde gespeichert', 'Der Benutzer wurde hinzugefügt', 'Die Änderungen wurden gespeichert', 'Die Daten wurden gespeichert'],
  ['The user has been saved', 'User saved', 'The user has been added', 'The changes have been saved', 'Changes saved', 'The details have been saved'],
);
// Sessions time out on every host of the journey (issue 14): the way back is to log in again.
export const SESSION_EXPIRED = l(
  ['Votre session a expiré', 'Session expirée', 'La session a expiré', 'Fin de session', 'Vous avez été déconnecté', 'Vous êtes déconnecté', 'Votre session est terminée', 'Session terminée'],
  ['Uw sessie is verlopen', 'Sessie verlopen', 'De sessie is verlopen', 'Einde van de sessie', 'U bent afgemeld', 'U werd afgemeld', 'U bent uitgelogd', 'Uw sessie is beëindigd', 'Sessie beëindigd'],
  ['Ihre Sitzung ist abgelaufen', 'Sitzung abgelaufen', 'Die Sitzung ist abgelaufen', 'Sitzungsende', 'Sie wurden abgemeldet', 'Sie sind abgemeldet', 'Ihre Sitzung wurde beendet', 'Sitzung beendet'],
  ['Your session has expired', 'Session expired', 'The session has expired', 'Session timed out', 'Your session has timed out', 'End of session', 'You have been logged out', 'You are logged out', 'You have been signed out', 'Your session has ended', 'Session ended'],
);
export const LOG_IN_AGAIN = l(
  ['Se reconnecter', 'Reconnectez-vous', 'Connectez-vous à nouveau', 'Se connecter à nouveau', 'Se connecter'],
  ['Opnieuw aanmelden', 'Meld u opnieuw aan', 'Opnieuw inloggen', 'Aanmelden'],
  ['Erneut anmelden', 'Melden Sie sich erneut an', 'Wieder anmelden', 'Anmelden'],
  ['Log in again', 'Sign in again', 'Log in', 'Sign in'],
);
