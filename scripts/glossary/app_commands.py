"""French of the headless commands' texts (app/stats_command.cpp, app/import_command.cpp,
app/render_command.cpp, app/import_apply.cpp: contexts Stats, Import, Render) and of
core/messages/app_messages.h."""
FRENCH = {
    # Value names of the options, in the help.
    "FILE": "FICHIER",
    "FILE.gpkg": "FICHIER.gpkg",
    "ID": "ID",
    "YEAR": "ANNÉE",
    "NAME": "NOM",
    "TABLE": "TABLEAU",
    "GROUPS": "GROUPES",
    "WxH": "LxH",
    "AREA": "ZONE",
    "JSON_FILE": "FICHIER_JSON",
    "DIR": "DOSSIER",

    # lumiere stats (context Stats).
    "--project FILE.gpkg --usage ID [--by strate|departement|region|epci|structure|densite] "
    "[--density-grid TABLE] [--vintage YEAR] [--json]":
        "--project FICHIER.gpkg --usage ID [--by strate|departement|region|epci|structure|densite] "
        "[--density-grid TABLEAU] [--vintage ANNÉE] [--json]",
    "The adoption of a usage by group and the fracture metrics, as a table or as JSON.":
        "Le taux d'adoption d'un usage par groupe et les mesures de la fracture, en tableau ou "
        "en JSON.",
    "the project to read": "le projet à lire",
    "the usage (e.g. actes)": "l'usage (par exemple actes)",
    "the groups: strate (by default), departement, region, epci, structure or densite":
        "les groupes : strate (par défaut), departement, region, epci, structure ou densite",
    "INSEE's grille communale de densité (CSV, XLSX, ODS), with --by densite":
        "la grille communale de densité de l'Insee (CSV, XLSX, ODS), avec --by densite",
    "the vintage (by default the latest)": "le millésime (par défaut le plus récent)",
    "write JSON instead of the table": "écrire du JSON au lieu du tableau",
    "unexpected argument %1": "argument inattendu : %1",
    '--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not "%1"':
        "--vintage attend une année de 1990 à 2100 (par exemple --vintage 2024), et non « %1 »",
    "no project: give --project FILE.gpkg": "aucun projet : indiquez --project FICHIER.gpkg",
    "no usage: give --usage ID (e.g. --usage actes)":
        "aucun usage : indiquez --usage ID (par exemple --usage actes)",
    '--by takes strate, departement, region, epci, structure or densite, not "%1"':
        "--by attend strate, departement, region, epci, structure ou densite, et non « %1 »",
    "--density-grid goes with --by densite": "--density-grid s'emploie avec --by densite",
    'the project has no usage "%1" (its usages: %2)':
        "le projet ne comporte aucun usage « %1 » (ses usages : %2)",
    'the project has no value of the usage "%1": import some with lumiere import indicators':
        "le projet ne comporte aucune valeur de l'usage « %1 » : importez-en avec lumiere "
        "import indicators",
    'the project has no value of the usage "%1" for %2 (its vintages: %3)':
        "le projet ne comporte aucune valeur de l'usage « %1 » pour %2 (ses millésimes : %3)",
    "%1: the project has no commune layer to compute densities from; give INSEE's grid with "
    "--density-grid TABLE":
        "%1 : le projet ne comporte aucune couche de communes à partir de laquelle calculer les "
        "densités ; indiquez la grille de l'Insee avec --density-grid TABLEAU",
    # The table of lumiere stats.
    "%1 (%2), vintage %3, by %4": "%1 (%2), millésime %3, par %4",
    "stratum": "strate",
    "département": "département",
    "région": "région",
    "EPCI": "EPCI",
    "structure": "structure",
    "density class": "classe de densité",
    "Group": "Groupe",
    "Communes": "Communes",
    "Population": "Population",
    "Covered": "Couvertes",
    "Observed": "Observées",
    "Adopting": "Adoptantes",
    "Rate": "Taux",
    "Pop. rate": "Taux pop.",
    "Fracture (rates by communes): stratum %1 %2, stratum %3 %4, gap %5":
        "Fracture (taux par communes) : strate %1 %2, strate %3 %4, écart %5",
    ", ratio %1": ", rapport %1",
    "  covered %1, not covered %2, gap %3; Gini index %4":
        "  couvertes %1, non couvertes %2, écart %3 ; indice de Gini %4",
    "%1 points": "%1 points",

    # lumiere import (context Import).
    "indicators|structures --project FILE.gpkg TABLE ...":
        "indicators|structures --project FICHIER.gpkg TABLEAU ...",
    "Imports a table into a project and prints its report: indicators (lumiere import "
    "indicators --help) or structures and their memberships (lumiere import structures --help).":
        "Importe un tableau dans un projet et affiche le rapport d'import : indicateurs (lumiere "
        "import indicators --help) ou structures et leurs adhésions (lumiere import structures "
        "--help).",
    "the project to import into (saved when the whole import succeeded)":
        "le projet où importer (enregistré seulement si tout l'import a réussi)",
    "the usage the values are of (e.g. actes)":
        "l'usage auquel se rapportent les valeurs (par exemple actes)",
    "the vintage of the values (e.g. 2024)": "le millésime des valeurs (par exemple 2024)",
    "the column of commune codes (by default found by its name: code, codgeo, insee...)":
        "la colonne des codes communes (par défaut, reconnue à son nom : code, codgeo, "
        "insee...)",
    "the column of values (by default the only yes/no or ratio column)":
        "la colonne des valeurs (par défaut, la seule colonne oui/non ou de taux)",
    "write the report as JSON": "écrire le rapport en JSON",
    "say what to import: indicators or structures":
        "indiquez ce qu'il faut importer : indicators ou structures",
    'lumiere import takes indicators or structures, not "%1"':
        "lumiere import attend indicators ou structures, et non « %1 »",
    "one table at a time: %1 and %2 given": "un seul tableau à la fois : %1 et %2 ont été indiqués",
    "no vintage: give --vintage YEAR (e.g. --vintage 2024)":
        "aucun millésime : indiquez --vintage ANNÉE (par exemple --vintage 2024)",
    'Indicator "%1" %2, column "%3" (%4) from %5':
        "Indicateur « %1 » %2, colonne « %3 » (%4) de %5",
    "%1 values saved in %2": "%1 valeurs enregistrées dans %2",
    "Structures and memberships from %1": "Structures et adhésions de %1",
    # The types of the columns of a table.
    "identifier": "identifiant",
    "stock": "stock",
    "ratio": "taux",
    "yes/no": "oui/non",
    "category": "catégorie",
    "date": "date",
    # The import report (shown by lumiere import and the window).
    "%1 (%2)": "%1 (%2)",
    "%1 rows read, %2 matched to a commune (%3 of them harmonised), %4 unmatched, "
    "%5 duplicates, %6 invalid values":
        "%1 lignes lues, %2 rapprochées d'une commune (dont %3 harmonisées), %4 non "
        "rapprochées, %5 en double, %6 valeurs invalides",
    '  line %1: code "%2" is not in the COG, row skipped':
        "  ligne %1 : code « %2 » inconnu du COG, ligne ignorée",
    '  line %1: invalid value "%2" in the column "%3", skipped':
        "  ligne %1 : valeur « %2 » invalide dans la colonne « %3 », ignorée",
    "  … and %1 more rows, not detailed": "  … et %1 autres lignes, non détaillées",
    "  %1 combines lines %2: %3": "  %1 regroupe les lignes %2 : %3",
    "  %1 combines lines %2": "  %1 regroupe les lignes %2",
    "%1; %2": "%1 ; %2",

    # lumiere render (context Render).
    "LAYER... --out FILE.png|.svg|.pdf [--size WxH] [--extent metropole|france|DEP_CODE] "
    "[--style JSON_FILE] [--labels] [--cog DIR]\n"
    "       lumiere render --project FILE.gpkg [--map NAME] --out FILE.png|.svg|.pdf "
    "[--size WxH] [--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels]":
        "COUCHE... --out FICHIER.png|.svg|.pdf [--size LxH] [--extent metropole|france|CODE_DEP] "
        "[--style FICHIER_JSON] [--labels] [--cog DOSSIER]\n"
        "       lumiere render --project FICHIER.gpkg [--map NOM] --out FICHIER.png|.svg|.pdf "
        "[--size LxH] [--extent metropole|france|CODE_DEP] [--style FICHIER_JSON] [--labels]",
    "Draws a map headless, as PNG, SVG or PDF: map layers, or a map of a project.":
        "Dessine une carte sans fenêtre, en PNG, SVG ou PDF : des couches cartographiques, ou "
        "une carte d'un projet.",
    "the file to write: .png, .svg or .pdf": "le fichier à écrire : .png, .svg ou .pdf",
    "the size in pixels (by default 1920x1080)": "la taille en pixels (par défaut 1920x1080)",
    "metropole, france (by default, with the overseas insets) or a département code":
        "metropole, france (par défaut, avec les encarts d'outre-mer) ou un code de département",
    "the style of the first layer, in JSON": "le style de la première couche, en JSON",
    "write the names of the territories": "écrire le nom des territoires",
    "the COG folder, with layers (by default the data folder's cog/)":
        "le dossier du COG, avec des couches (par défaut cog/ dans le dossier des données)",
    "draw a map of this project instead of layers":
        "dessiner une carte de ce projet plutôt que des couches",
    "the project's map to draw (by default the project's own view)":
        "la carte du projet à dessiner (par défaut la vue du projet)",
    '--size takes WIDTHxHEIGHT in pixels, from 16x16 to 20000x20000 (e.g. 1920x1080), not "%1"':
        "--size attend LARGEURxHAUTEUR en pixels, de 16x16 à 20000x20000 (par exemple "
        "1920x1080), et non « %1 »",
    "no output file given (--out)": "aucun fichier de sortie indiqué (--out)",
    "give layers or --project, not both": "indiquez des couches ou --project, pas les deux",
    "--cog goes with layers: a project has its own COG":
        "--cog s'emploie avec des couches : un projet a son propre COG",
    "--map needs --project": "--map demande --project",
    "no layer given": "aucune couche indiquée",
    "%1: cannot open the style file": "%1 : impossible d'ouvrir le fichier de style",
    "%1: %2": "%1 : %2",
    "the map has no layer to draw": "la carte ne comporte aucune couche à dessiner",
    "--extent %1: no such département in the layers; use metropole, france or a département "
    "code such as 33 or 974":
        "--extent %1 : aucun département de ce code dans les couches ; indiquez metropole, "
        "france ou un code de département comme 33 ou 974",

    # core/messages/app_messages.h (context Message).
    'the table %1 has no column "%2" (its columns: %3)':
        "le tableau %1 ne comporte aucune colonne « %2 » (ses colonnes : %3)",
    'the column "%1" holds %2 values: an indicator is a yes/no or a ratio column':
        "la colonne « %1 » contient des valeurs de type %2 : un indicateur est une colonne "
        "oui/non ou de taux",
    "the table %1 has no yes/no or ratio column to import (its columns: %2): name one with "
    "--value-column":
        "le tableau %1 ne comporte aucune colonne oui/non ou de taux à importer (ses colonnes : "
        "%2) : désignez-en une avec --value-column",
    "the table %1 has no yes/no or ratio column to import (its columns: %2): an indicator is a "
    "column of yes/no values or of rates":
        "le tableau %1 ne comporte aucune colonne oui/non ou de taux à importer (ses colonnes : "
        "%2) : un indicateur est une colonne de valeurs oui/non ou de taux",
    "the table %1 has several yes/no or ratio columns (%2): choose one with --value-column NAME":
        "le tableau %1 comporte plusieurs colonnes oui/non ou de taux (%2) : choisissez-en une "
        "avec --value-column NOM",
    "the table %1 has several yes/no or ratio columns (%2): choose one in the import dialog":
        "le tableau %1 comporte plusieurs colonnes oui/non ou de taux (%2) : choisissez-en une "
        "dans la fenêtre d'import",
    "%1, so nothing was imported; close it there and import again":
        "%1 ; rien n'a donc été importé : fermez-le dans l'autre Lumière, puis relancez l'import",
    "--density-grid %1: %2": "--density-grid %1 : %2",
    "--density-grid %1: no column of density levels (whole numbers from 1 to 4, or 1 to 7) next "
    "to the commune codes; give INSEE's grille communale de densité":
        "--density-grid %1 : aucune colonne de niveaux de densité (nombres entiers de 1 à 4, ou "
        "de 1 à 7) à côté des codes communes ; indiquez la grille communale de densité de l'Insee",
}
