"""French of core/messages/project_messages.h and maps_messages.h."""
FRENCH = {
    # project_messages.h: writing a project file
    "cannot create the table %1": "impossible de créer la table %1",
    "cannot create the column %1 of %2": "impossible de créer la colonne %1 de %2",
    "cannot write a row of the table %1": "impossible d'écrire une ligne de la table %1",
    "cannot start a transaction": "impossible de démarrer une transaction",
    "cannot commit the project tables": "impossible de valider les tables du projet",
    "a layer has no name; name it": "une couche n'a pas de nom ; nommez-la",
    'the layer name "%1" is a table of the project file; rename the layer':
        "le nom de couche « %1 » est celui d'une table du fichier de projet ; renommez la couche",
    'two layers are named "%1"; rename one of them':
        "deux couches sont nommées « %1 » ; renommez l'une d'elles",
    'two documents of kind "%1" are named "%2"; rename one of them':
        "deux documents de type « %1 » sont nommés « %2 » ; renommez l'un d'eux",
    "%1: not saved, %2": "%1 : non enregistré, %2",
    "%1: not saved, this project was opened read-only; save it under another name":
        "%1 : non enregistré, ce projet a été ouvert en lecture seule ; enregistrez-le sous un "
        "autre nom",
    "%1, so it was not saved over; save under another name":
        "%1, le fichier n'a donc pas été remplacé ; enregistrez sous un autre nom",
    "%1, so it was not saved; save it elsewhere":
        "%1, le projet n'a donc pas été enregistré ; enregistrez-le ailleurs",
    # project_messages.h: opening a project file
    "%1: no such file; check the path": "%1 : fichier introuvable ; vérifiez le chemin",
    "%1 is a folder; open a project file (.gpkg)":
        "%1 est un dossier ; ouvrez un fichier de projet (.gpkg)",
    "%1 is not a GeoPackage; open a project file saved by Lumière":
        "%1 n'est pas un GeoPackage ; ouvrez un fichier de projet enregistré par Lumière",
    "%1 cannot be read, the file looks damaged or cut short (%2); open a backup copy":
        "%1 ne peut pas être lu, le fichier semble endommagé ou tronqué (%2) ; ouvrez "
        "une copie de sauvegarde",
    "%1 is a GeoPackage but not a Lumière project (it has no %2 table); add it as a map layer "
    "instead, or open a project saved by Lumière":
        "%1 est un GeoPackage mais pas un projet Lumière (il n'a pas de table %2) ; ajoutez-le "
        "plutôt comme couche de la carte, ou ouvrez un projet enregistré par Lumière",
    "%1: the table %2 gives no valid schema_version (a whole number from 1), the file is "
    "damaged; open a backup copy":
        "%1 : la table %2 ne donne pas de schema_version valide (un nombre entier à partir de 1), "
        "le fichier est endommagé ; ouvrez une copie de sauvegarde",
    "%1 was made by a newer version of Lumière (schema %2, this one reads up to %3): update "
    "Lumière":
        "%1 a été créé par une version plus récente de Lumière (schéma %2, celle-ci lit "
        "jusqu'au schéma %3) : mettez à jour Lumière",
    "%1: cannot bring the file from schema %2 to %3 (%4); open it with the Lumière that made it":
        "%1 : impossible de faire passer le fichier du schéma %2 au schéma %3 (%4) ; ouvrez-le "
        "avec le Lumière qui l'a créé",
    "%1: the table %2 of the project is missing, the file is damaged; open a backup copy":
        "%1 : la table %2 du projet est absente, le fichier est endommagé ; ouvrez une copie de "
        "sauvegarde",
    "%1: the table %2 has lost its column %3, the file is damaged; open a backup copy":
        "%1 : la table %2 a perdu sa colonne %3, le fichier est endommagé ; ouvrez une copie de "
        "sauvegarde",
    "%1: row %2 of the table %3 %4; correct that row (in QGIS, for instance) or open a backup "
    "copy":
        "%1 : la ligne %2 de la table %3 %4 ; corrigez cette ligne (dans QGIS, par exemple) ou "
        "ouvrez une copie de sauvegarde",
    # project_messages.h: what is wrong with a row (%4 of the message above)
    "has no code": "n'a pas de code",
    'has the type "%1", not one of %2':
        "a le type « %1 », qui n'est pas l'un des suivants : %2",
    "repeats the current commune %1": "répète la commune actuelle %1",
    "has no valid population (a whole number from 0)":
        "n'a pas de population valide (un nombre entier à partir de 0)",
    "repeats the département %1": "répète le département %1",
    "repeats the région %1": "répète la région %1",
    "has no SIREN in its column code": "n'a pas de SIREN dans sa colonne code",
    "repeats the EPCI %1": "répète l'EPCI %1",
    'has the kind "%1", not one of %2':
        "a la nature « %1 », qui n'est pas l'une des suivantes : %2",
    'has the member kind "%1", not one of %2':
        "a le type de membre « %1 », qui n'est pas l'un des suivants : %2",
    'repeats the member %1 of the structure "%2"': "répète le membre %1 de la structure « %2 »",
    "has no vintage (a year)": "n'a pas de millésime (une année)",
    'says "%1" for adopted, not 1 (yes), 0 (no) or nothing':
        "indique « %1 » pour adopted, au lieu de 1 (oui), 0 (non) ou rien",
    "has a level that is not a number": "a un niveau qui n'est pas un nombre",
    'repeats the value of %1 for "%2" in %3': "répète la valeur de %1 pour « %2 » en %3",
    "has an inset layout that cannot be read (%1)":
        "a une disposition des encarts illisible (%1)",
    'repeats the document "%1" of kind "%2"': "répète le document « %1 » de type « %2 »",
    "breaks the model (%1)": "enfreint les règles du modèle (%1)",
    "Open the project": "l'ouverture du projet",
    "%1 was opened read-only": "%1 a été ouvert en lecture seule",
    # project_messages.h: the demo project
    "The vintage %1 is not a year between 1990 and 2100: give another.":
        "Le millésime %1 n'est pas une année comprise entre 1990 et 2100 : indiquez-en un autre.",
    "The sample data is missing in %1 (boundaries/communes, "
    "boundaries/departements-avec-outre-mer.geojson, cog/): run scripts/fetch-data or give the "
    "data folder.":
        "Les données d'exemple sont absentes de %1 (boundaries/communes, "
        "boundaries/departements-avec-outre-mer.geojson, cog/) : lancez scripts/fetch-data ou "
        "indiquez le dossier des données.",
    "The boundaries in %1 hold no commune or no département layer the COG knows: run "
    "scripts/fetch-data again.":
        "Les limites de %1 ne contiennent aucune couche de communes ou aucune couche de "
        "départements connue du COG : relancez scripts/fetch-data.",
    "The demo project could not be built: %1":
        "Le projet de démonstration n'a pas pu être construit : %1",
    # maps_messages.h: styles and map documents
    "style: %1": "style : %1",
    "layer %1: %2": "couche %1 : %2",
    '"%1" is not a colour (use #rrggbb)': "« %1 » n'est pas une couleur (utilisez #rrggbb)",
    '"kind" must be single, categorized, graduated or proportional':
        "« kind » doit valoir single, categorized, graduated ou proportional",
    '"fill_mode" must be solid, outline or hatched':
        "« fill_mode » doit valoir solid, outline ou hatched",
    '"method" must be quantiles, jenks, equal, stddev, q6, headtail or manual':
        "« method » doit valoir quantiles, jenks, equal, stddev, q6, headtail ou manual",
    'a %1 style needs a "field"': "un style %1 doit indiquer un « field »",
    "not a valid style: %1 at character %2": "style non valide : %1 au caractère %2",
    "not a style: a JSON object is expected":
        "ce n'est pas un style : un objet JSON est attendu",
    "not a valid map document: %1 at character %2":
        "document de carte non valide : %1 au caractère %2",
    "not a map document: a JSON object is expected":
        "ce n'est pas un document de carte : un objet JSON est attendu",
    'not a map document: the key "lumiere_map" is missing':
        "ce n'est pas un document de carte : la clé « lumiere_map » est absente",
    "this map document was written by a newer Lumière: update Lumière to open it":
        "ce document de carte a été écrit par une version plus récente de Lumière : mettez à "
        "jour Lumière pour l'ouvrir",
    "map document: %1": "document de carte : %1",
    # maps_messages.h: the maps of a project
    'the map "%1" of the project: %2': "la carte « %1 » du projet : %2",
    'the project has no map "%1"; its maps are: %2':
        "le projet n'a pas de carte « %1 » ; ses cartes sont : %2",
    "the map's layer \"%1\" draws \"%2\", which the project does not have":
        "la couche « %1 » de la carte dessine « %2 », que le projet ne contient pas",
    "no usage": "aucun usage",
    # maps_messages.h: styling a layer
    'layer "%1": no text column named "%2"; its columns are: %3':
        "couche « %1 » : aucune colonne de texte nommée « %2 » ; ses colonnes sont : %3",
    'layer "%1": no numeric column named "%2"; its columns are: %3':
        "couche « %1 » : aucune colonne numérique nommée « %2 » ; ses colonnes sont : %3",
    'layer "%1": no text column named "%2"; its columns are: (none)':
        "couche « %1 » : aucune colonne de texte nommée « %2 » ; ses colonnes sont : (aucune)",
    'layer "%1": no numeric column named "%2"; its columns are: (none)':
        "couche « %1 » : aucune colonne numérique nommée « %2 » ; ses colonnes sont : (aucune)",
    'layer "%1", column "%2": %3': "couche « %1 », colonne « %2 » : %3",
    'layer "%1": the ramp %2 has no %3-class version (at most %4); choose fewer classes or '
    "another ramp":
        "couche « %1 » : la palette %2 n'a pas de version à %3 classes (%4 au plus) ; "
        "choisissez moins de classes ou une autre palette",
    # maps_messages.h: classes
    "manual classes need 1 to 8 break values (2 to 9 classes), %1 were given; add or remove "
    "breaks":
        "les classes manuelles demandent de 1 à 8 seuils (2 à 9 classes), %1 ont été donnés ; "
        "ajoutez ou retirez des seuils",
    "manual break %1 is not a number; enter a number":
        "le seuil manuel %1 n'est pas un nombre ; saisissez un nombre",
    "manual breaks must increase: %1 comes after %2; sort them and remove duplicates":
        "les seuils manuels doivent être croissants : %1 vient après %2 ; triez-les et "
        "supprimez les doublons",
    "manual break %1 is outside the values (%2 to %3); choose breaks strictly between the "
    "minimum and the maximum":
        "le seuil manuel %1 est hors des valeurs (%2 à %3) ; choisissez des seuils strictement "
        "compris entre le minimum et le maximum",
    "the number of classes must be between 3 and 9, not %1; choose a number in that range":
        "le nombre de classes doit être compris entre 3 et 9, et non %1 ; choisissez un nombre "
        "dans cet intervalle",
    "there is no value to classify (%1 features, all without data); choose a field that has "
    "values":
        "il n'y a aucune valeur à classer (%1 entités, toutes sans donnée) ; choisissez un champ "
        "qui a des valeurs",
    # maps_messages.h: exporting a map
    "%1: unknown output format; name the file .png, .svg or .pdf":
        "%1 : format de sortie inconnu ; nommez le fichier .png, .svg ou .pdf",
    "%1: the folder %2 does not exist; create it first":
        "%1 : le dossier %2 n'existe pas ; créez-le d'abord",
    "%1: cannot write (%2)": "%1 : écriture impossible (%2)",
    "%1: the PNG could not be written": "%1 : le PNG n'a pas pu être écrit",
    "%1: the file could not be saved (%2); is the disk full?":
        "%1 : le fichier n'a pas pu être enregistré (%2) ; le disque est-il plein ?",
}
