// Common words of a web application's interface, in the portal's four
// languages: with the journey's own labels (guide/labels.ts) they are the only
// words a page outline keeps (lib/outline/). Vetted by hand: no first names,
// surnames, towns or streets, so that nothing typed or shown about a person
// survives in an outline. Add a word only if it could never be someone's data.
export const INTERFACE_WORDS: readonly string[] = `
accueil home startpagina startseite menu retour terug zurück back suivant volgende weiter next précédent vorige zurück previous
rechercher zoeken suchen search chercher filtrer filteren filtern filter résultats resultaten ergebnisse results aucun geen kein keine no none
ajouter toevoegen hinzufügen add nouveau nieuw neu new nouvel nouvelle modifier wijzigen bearbeiten ändern edit change supprimer verwijderen löschen delete remove
enregistrer opslaan speichern save sauvegarder bewaren annuler annuleren abbrechen cancel confirmer bevestigen bestätigen confirm valider valideren
fermer sluiten schließen close ouvrir openen öffnen open envoyer verzenden senden send soumettre indienen submit continuer doorgaan fortfahren continue
oui ja yes non nee nein ok détails details detail aperçu overzicht übersicht overview liste lijst list tableau tabel tabelle table page pagina seite
nom naam name prénom voornaam vorname first last family achternaam nachname surname numéro nummer number no nr date datum geboortedatum naissance birth geburtsdatum
adresse adres address rue straat straße street code postal postcode postleitzahl ville gemeente stadt city commune localité pays land country
téléphone telefoon telefon telephone phone gsm mobile mobiel portable courriel email mail e mel langue taal sprache language fonction functie funktion function
sexe geslacht geschlecht gender homme man mann male femme vrouw frau female statut status état toestand zustand state actif actief aktiv active inactif inactief inaktiv inactive
utilisateur utilisateurs gebruiker gebruikers benutzer user users personne persoon person identifiant identificatie kennung identifier login
entreprise onderneming unternehmen enterprise company société firme firma organisation organisatie organisation organization
obligatoire verplicht erforderlich pflichtfeld required champ champs veld velden feld felder field fields optionnel optioneel optional
aide hulp hilfe help contact contacteer kontakt à propos over about déconnexion afmelden uitloggen abmelden logout log out connexion aanmelden anmelden sign in
le la les l un une des du de d et ou à au aux en dans pour par sur avec sans vos votre mes mon ma
het een van der den en of in op voor met zonder uw je jouw mijn
die das dem des ein eine einen und oder im am zu zum zur für mit ohne ihr ihre ihren mein meine
the a an of and or to in on for with without your my is are
page précédente volgende pagina sélectionner selecteren auswählen select tous alle all choisir kiezen wählen choose
gestion beheer verwaltung management paramètres instellingen einstellungen settings profil profiel profile
message bericht nachricht notification melding erreur fout fehler error avertissement waarschuwing warnung warning information informatie informationen info
succès succes erfolg success attention opgelet achtung session sessie sitzung expirée verlopen abgelaufen expired
`
  .split(/\s+/)
  .filter(Boolean);
