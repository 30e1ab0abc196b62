"""French of core/messages/tables_messages.h and core/messages/model_messages.h."""
FRENCH = {
    # The CSV reader
    "cannot open %1: check that the file exists and can be read":
        "impossible d'ouvrir %1 : vérifiez que le fichier existe et qu'il peut être lu",
    "%1 is empty: there is no header line; export the table again":
        "%1 est vide : il n'a pas de ligne d'en-tête ; exportez de nouveau le tableau",
    "%1, line %2: a line longer than 4 MiB: this is not a table of text; export the sheet as CSV "
    "and try again":
        "%1, ligne %2 : une ligne de plus de 4 Mio : ce n'est pas un tableau texte ; exportez la "
        "feuille au format CSV et réessayez",
    "%1, line %2: binary content (control characters): this is not a text table; export the sheet "
    "as CSV and try again":
        "%1, ligne %2 : contenu binaire (caractères de contrôle) : ce n'est pas un tableau texte ; "
        "exportez la feuille au format CSV et réessayez",
    "%1, line %2: bytes that are neither UTF-8 nor Windows-1252: this looks like binary content; "
    "save the file as CSV in UTF-8":
        "%1, ligne %2 : des octets qui ne sont ni de l'UTF-8 ni du Windows-1252 : le contenu "
        "semble binaire ; enregistrez le fichier au format CSV en UTF-8",
    "%1, line %2: bytes that are not UTF-8 although the file began as UTF-8; save the whole file "
    "in one encoding (UTF-8) and try again":
        "%1, ligne %2 : des octets qui ne sont pas de l'UTF-8 alors que le fichier commençait en "
        "UTF-8 ; enregistrez tout le fichier dans un seul encodage (UTF-8) et réessayez",
    "%1, line %2: a quoted field longer than 4 MiB: a closing quote is probably missing; check the "
    "quotes of this row":
        "%1, ligne %2 : un champ entre guillemets de plus de 4 Mio : un guillemet fermant manque "
        "sans doute ; vérifiez les guillemets de cette ligne",
    "%1, line %2: a quoted field opened here is never closed (the file ends inside it): the file "
    "may be truncated; check the quotes of this row":
        "%1, ligne %2 : un champ entre guillemets ouvert ici n'est jamais fermé (le fichier se "
        "termine à l'intérieur) : le fichier est peut-être tronqué ; vérifiez les guillemets de "
        "cette ligne",
    # The spreadsheet reader
    "%1 has no sheet: export the table again":
        "%1 ne contient aucune feuille : exportez de nouveau le tableau",
    "%1 is empty: its first sheet has no header line; export the table again":
        "%1 est vide : sa première feuille n'a pas de ligne d'en-tête ; exportez de nouveau le "
        "tableau",
    "%1, after line %2: %3; check the file or export it as CSV":
        "%1, après la ligne %2 : %3 ; vérifiez le fichier ou exportez-le au format CSV",
    # Both imports
    "%1 changed while it was read; import it again":
        "%1 a été modifié pendant sa lecture ; importez-le de nouveau",
    # The import of indicators
    # Notes of an aggregation of indicators
    "%1: sum of %2 rows": "%1 : somme de %2 lignes",
    "%1: sum of %2 rows (%3 missing)": "%1 : somme de %2 lignes (%3 sans valeur)",
    "%1: mean weighted by COG population of %2 rows":
        "%1 : moyenne de %2 lignes pondérée par la population du COG",
    "%1: mean weighted by COG population of %2 rows (%3 missing)":
        "%1 : moyenne de %2 lignes pondérée par la population du COG (%3 sans valeur)",
    "%1: plain mean of %2 rows, not weighted (the COG has no population for old communes)":
        "%1 : moyenne simple de %2 lignes, non pondérée (le COG ne donne pas de population aux "
        "anciennes communes)",
    "%1: plain mean of %2 rows, not weighted (the COG has no population for old communes) "
    "(%3 missing)":
        "%1 : moyenne simple de %2 lignes, non pondérée (le COG ne donne pas de population aux "
        "anciennes communes) (%3 sans valeur)",
    "%1: yes, because at least one of %2 members adopted":
        "%1 : oui, car au moins un des %2 membres l'a adopté",
    "%1: yes, because at least one of %2 members adopted (%3 missing)":
        "%1 : oui, car au moins un des %2 membres l'a adopté (%3 sans valeur)",
    "%1: yes for all %2 members": "%1 : oui pour les %2 membres",
    "%1: yes for all %2 members (%3 missing)": "%1 : oui pour les %2 membres (%3 sans valeur)",
    "%1: no for all %2 members": "%1 : non pour les %2 membres",
    "%1: no for all %2 members (%3 missing)": "%1 : non pour les %2 membres (%3 sans valeur)",
    "%1: members disagree, kept \"%2\" of line %3":
        "%1 : les membres divergent, valeur « %2 » de la ligne %3 retenue",
    # The import of structures
    "one membership of %1: usages united, since %2 (the earliest), until %3 (the latest)":
        "une seule adhésion à %1 : usages réunis, début le %2 (le plus ancien), fin le %3 "
        "(la plus tardive)",
    "one membership of %1: usages united, since %2 (the earliest), until open (the latest)":
        "une seule adhésion à %1 : usages réunis, début le %2 (le plus ancien), sans date de fin "
        "(la plus tardive)",
    "one membership of %1: usages united, since unknown (the earliest), until %2 (the latest)":
        "une seule adhésion à %1 : usages réunis, début inconnu (le plus ancien), fin le %2 "
        "(la plus tardive)",
    "one membership of %1: usages united, since unknown (the earliest), until open (the latest)":
        "une seule adhésion à %1 : usages réunis, début inconnu (le plus ancien), sans date de "
        "fin (la plus tardive)",

    # The usage catalogue
    "The usage id \"%1\" is not valid: use lower-case letters, digits and '_' only.":
        "L'identifiant d'usage « %1 » n'est pas valide : n'utilisez que des lettres minuscules, "
        "des chiffres et « _ ».",
    "The usage \"%1\" already exists: choose another id.":
        "L'usage « %1 » existe déjà : choisissez un autre identifiant.",
    "The usage \"%1\" has no label: give it one.":
        "L'usage « %1 » n'a pas de libellé : donnez-lui-en un.",
    # Structures
    "A structure needs an id: give it one.":
        "Une structure doit avoir un identifiant : donnez-lui-en un.",
    "The structure id \"%1\" is already taken: choose another id.":
        "L'identifiant de structure « %1 » est déjà pris : choisissez-en un autre.",
    "The id of the structure \"%1\" cannot be changed: make a new structure instead.":
        "L'identifiant de la structure « %1 » ne peut pas être modifié : créez plutôt une "
        "nouvelle structure.",
    "The structure \"%1\" has no name: give it one.":
        "La structure « %1 » n'a pas de nom : donnez-lui-en un.",
    "The SIREN \"%1\" of the structure \"%2\" is not nine digits: correct it or leave it empty.":
        "Le SIREN « %1 » de la structure « %2 » ne compte pas neuf chiffres : corrigez-le ou "
        "laissez-le vide.",
    "The seat commune \"%1\" of the structure \"%2\" is not a current commune of the COG: give "
    "its current code.":
        "La commune siège « %1 » de la structure « %2 » n'est pas une commune actuelle du COG : "
        "indiquez son code actuel.",
    "The structure \"%1\" names the usage \"%2\", which is not in the catalogue: add the usage "
    "first.":
        "La structure « %1 » cite l'usage « %2 », absent du catalogue : ajoutez d'abord cet "
        "usage.",
    "The structure \"%1\" names the usage \"%2\" twice: keep it once.":
        "La structure « %1 » cite deux fois l'usage « %2 » : ne le gardez qu'une fois.",
    "The structure \"%1\" must keep offering \"%2\", which its member %3 subscribes: remove that "
    "subscription first.":
        "La structure « %1 » doit continuer à proposer « %2 », auquel son membre %3 a souscrit : "
        "supprimez d'abord cette souscription.",
    "There is no structure \"%1\" to remove.":
        "Il n'y a pas de structure « %1 » à supprimer.",
    "There is no structure \"%1\" to edit.":
        "Il n'y a pas de structure « %1 » à modifier.",
    # Memberships
    "There is no structure \"%1\": add it before its members.":
        "Il n'y a pas de structure « %1 » : ajoutez-la avant ses membres.",
    "The commune code \"%1\" is not in the COG: check the code (five characters, as 01001 or "
    "2A004).":
        "Le code commune « %1 » n'est pas dans le COG : vérifiez le code (cinq caractères, comme "
        "01001 ou 2A004).",
    "The commune \"%1\" is no longer a current commune: name its current commune %2.":
        "La commune « %1 » n'est plus une commune actuelle : indiquez sa commune actuelle, %2.",
    "The commune \"%1\" is no longer a current commune: name its current commune instead.":
        "La commune « %1 » n'est plus une commune actuelle : indiquez plutôt sa commune "
        "actuelle.",
    "There is no EPCI of SIREN \"%1\" in the COG: check the SIREN.":
        "Le COG ne contient aucun EPCI de SIREN « %1 » : vérifiez le SIREN.",
    "There is no département \"%1\" in the COG: check the code (as 01, 2A or 974).":
        "Le COG ne contient aucun département « %1 » : vérifiez le code (comme 01, 2A ou 974).",
    "The structure \"%1\" already has the member %2: edit that membership instead.":
        "La structure « %1 » a déjà le membre %2 : modifiez plutôt cette adhésion.",
    "The date \"%1\" is not a date as 2024-01-31: correct it.":
        "La date « %1 » n'est pas une date au format 2024-01-31 : corrigez-la.",
    "The membership of %1 in \"%2\" ends (%3) before it begins (%4): correct the dates.":
        "L'adhésion de %1 à « %2 » se termine (%3) avant de commencer (%4) : corrigez les dates.",
    "The membership of %1 names the usage \"%2\", which is not in the catalogue: add the usage "
    "first.":
        "L'adhésion de %1 cite l'usage « %2 », absent du catalogue : ajoutez d'abord cet usage.",
    "The membership of %1 names the usage \"%2\" twice: keep it once.":
        "L'adhésion de %1 cite deux fois l'usage « %2 » : ne le gardez qu'une fois.",
    "The structure \"%1\" does not offer \"%2\", so %3 cannot subscribe it: add it to the "
    "structure's usages first.":
        "La structure « %1 » ne propose pas « %2 », %3 ne peut donc pas y souscrire : ajoutez-le "
        "d'abord aux usages de la structure.",
    "The structure \"%1\" has no member %2 to remove.":
        "La structure « %1 » n'a pas de membre %2 à retirer.",
    # Indicator values
    "The commune \"%1\" of an indicator value is not a current commune of the COG: give its "
    "current code.":
        "La commune « %1 » d'une valeur d'indicateur n'est pas une commune actuelle du COG : "
        "indiquez son code actuel.",
    "The usage \"%1\" of an indicator value is not in the catalogue: add the usage first.":
        "L'usage « %1 » d'une valeur d'indicateur est absent du catalogue : ajoutez d'abord cet "
        "usage.",
    "The vintage %1 of the value of %2 is not a year between 1990 and 2100: correct it.":
        "Le millésime %1 de la valeur de %2 n'est pas une année comprise entre 1990 et 2100 : "
        "corrigez-le.",
    "The value of %1 for \"%2\" says neither whether it is adopted nor its level: give one of "
    "them.":
        "La valeur de %1 pour « %2 » n'indique ni si l'usage est adopté ni son niveau : "
        "renseignez l'un des deux.",
    "The level of %1 for \"%2\" is not between 0 and 1: give a rate (50 % is 0.5).":
        "Le niveau de %1 pour « %2 » n'est pas compris entre 0 et 1 : indiquez un taux (50 % "
        "s'écrit 0,5).",
    "The adoption date \"%1\" of %2 is not a date as 2024-01-31: correct it.":
        "La date d'adoption « %1 » de %2 n'est pas une date au format 2024-01-31 : corrigez-la.",
    "The commune %1 has two values for \"%2\" in %3: keep one.":
        "La commune %1 a deux valeurs pour « %2 » en %3 : n'en gardez qu'une.",
    # Population strata
    "Population strata must start at 0 inhabitants: add 0 as the first bound.":
        "Les strates de population doivent commencer à 0 habitant : ajoutez 0 comme première "
        "borne.",
    "Population strata bounds must increase: %1 comes after %2.":
        "Les bornes des strates de population doivent être croissantes : %1 vient après %2.",
    # Footprints
    "There is no structure \"%1\" to draw.": "Il n'y a pas de structure « %1 » à dessiner.",
    "GEOS could not gather the communes of the footprint.":
        "GEOS n'a pas pu rassembler les communes de l'emprise.",
    "GEOS could not compute the union of the communes of the footprint: check the layer's "
    "geometries.":
        "GEOS n'a pas pu calculer l'union des communes de l'emprise : vérifiez les géométries de "
        "la couche.",
    # The undo history (the steps are named after "Annuler" / "Rétablir" in the Edit menu)
    "There is nothing to redo.": "Il n'y a rien à rétablir.",
    "Add the usage %1": "l'ajout de l'usage %1",
    "Add the structure %1": "l'ajout de la structure %1",
    "Remove the structure %1": "la suppression de la structure %1",
    "Edit the structure %1": "la modification de la structure %1",
    "Add %1 to %2": "l'ajout de %1 à %2",
    "Remove %1 from %2": "le retrait de %1 de %2",
    "Set %1 indicator values": "la saisie de %1 valeurs d'indicateur",
    "Import structures": "l'import des structures",
    "import of %1": "l'import de %1",
}
