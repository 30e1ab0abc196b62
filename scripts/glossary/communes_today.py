"""French of issue 19's today's communes: the demo's dissolve of the former communes into their
current commune (app/demo_command.cpp, maps/project_layers.cpp)."""
FRENCH = {
    '--seed takes a whole number from 0 (e.g. --seed 42), not "%1"':
        "--seed prend un nombre entier à partir de 0 (par ex. --seed 42), pas « %1 »",
    # maps/legend.cpp: the hatched entry of communes the COG places nowhere
    "commune absent from the COG": "commune absente du COG",
    "Communes as the boundaries draw them (before mergers)":
        "Communes selon les contours (avant fusions)",
}
FRENCH.update({
    "The boundaries (%1 features) are older than the COG: %2 former communes dissolved into %3 "
    "communes of today; the layer %4 keeps the boundaries as drawn, hidden on the maps (lumiere "
    "harmonise lists each merger).\n":
        "Les contours (%1 entités) sont antérieurs au COG : %2 anciennes communes fusionnées dans "
        "%3 communes d'aujourd'hui ; la couche %4 garde les contours tels que dessinés, masquée "
        "sur les cartes (lumiere harmonise liste chaque fusion).\n",
    "  %1 %2: %3\n": "  %1 %2 : %3\n",
    "%1 features are no commune of the COG and are drawn as they are, hatched: %2\n":
        "Entités qui ne sont pas des communes du COG, dessinées telles quelles, hachurées (%1) : "
        "%2\n",
})
FRENCH.update({
    # core/messages/cog_messages.h
    "%1: no two columns of commune codes found (header on line %2); a table de passage holds the "
    "old code and the new one: give --from COLUMN and --to COLUMN":
        "%1 : pas deux colonnes de codes communes (en-tête ligne %2) ; une table de passage donne "
        "l'ancien code et le nouveau : indiquez --from COLONNE et --to COLONNE",
    "%1: no two columns of commune codes found (header on line %2); a table de passage holds the "
    "old code and the new one: choose the two columns":
        "%1 : pas deux colonnes de codes communes (en-tête ligne %2) ; une table de passage donne "
        "l'ancien code et le nouveau : choisissez les deux colonnes",
    '%1: no column "%2" (the columns: %3); give the column as its header writes it':
        "%1 : pas de colonne « %2 » (les colonnes : %3) ; indiquez la colonne comme son en-tête "
        "l'écrit",
    '%1: no row gives an old commune code and a new one (columns "%2" and "%3"); check that it '
    "is a table de passage":
        "%1 : aucune ligne ne donne un ancien code commune et un nouveau (colonnes « %2 » et "
        "« %3 ») ; vérifiez qu'il s'agit d'une table de passage",
    # app/harmonise_command.cpp
    'Table de passage %1: columns "%2" (old code) and "%3" (new code), header on line %4; %5 '
    "rows, %6 codes changed, %7 unchanged\n":
        "Table de passage %1 : colonnes « %2 » (ancien code) et « %3 » (nouveau code), en-tête "
        "ligne %4 ; lignes : %5, codes changés : %6, inchangés : %7\n",
    "  rows without two codes, left out (lines): %1\n":
        "  lignes sans deux codes, laissées de côté (lignes) : %1\n",
    "  line %1: %2 is given another new code than on an earlier line (a commune split?); the "
    "first kept\n":
        "  ligne %1 : %2 reçoit un autre nouveau code qu'à une ligne précédente (une commune "
        "scindée ?) ; le premier est gardé\n",
    "%1 written: %2 features read, %3 former communes dissolved into %4 communes of today, %5 "
    "communes in all (layer communes; the boundaries as read in the layer %6)\n":
        "%1 écrit : entités lues : %2 ; anciennes communes fusionnées : %3, dans %4 communes "
        "d'aujourd'hui ; communes en tout : %5 (couche communes ; les contours tels que lus dans "
        "la couche %6)\n",
    "%1 features are no commune of the COG and are drawn as they are, hatched: %2 (a table de "
    "passage places them)\n":
        "Entités qui ne sont pas des communes du COG, dessinées telles quelles, hachurées (%1) : "
        "%2 (une table de passage les place)\n",
    "LAYER... --out FILE.gpkg [--passage TABLE [--from COLUMN] [--to COLUMN] [--sheet NAME|N] "
    "[--header-row N]] [--cog DIR]":
        "COUCHE... --out FICHIER.gpkg [--passage TABLEAU [--from COLONNE] [--to COLONNE] "
        "[--sheet NOM|N] [--header-row N]] [--cog DOSSIER]",
    "Brings commune boundaries of an older vintage onto the current COG: the former communes "
    "dissolved into their commune of today.":
        "Ramène des contours communaux d'un millésime antérieur au COG actuel : les anciennes "
        "communes fusionnées dans leur commune d'aujourd'hui.",
    "the GeoPackage to write (layers communes and communes_source)":
        "le GeoPackage à écrire (couches communes et communes_source)",
    "INSEE's table de passage (CSV, XLSX, ODS, XLS): old code, new code":
        "la table de passage de l'Insee (CSV, XLSX, ODS, XLS) : ancien code, nouveau code",
    "COLUMN": "COLONNE",
    "the column of old codes (by default the first column of codes)":
        "la colonne des anciens codes (par défaut la première colonne de codes)",
    "the column of new codes (by default the last column of codes)":
        "la colonne des nouveaux codes (par défaut la dernière colonne de codes)",
    "the sheet of the table (by default the first)": "la feuille du tableau (par défaut la première)",
    "the row of the table's header (by default found)":
        "la ligne d'en-tête du tableau (par défaut trouvée)",
    "the COG folder (by default the data folder's cog/)":
        "le dossier du COG (par défaut cog/ du dossier de données)",
    "the coordinate reference system of files that do not say it":
        "le système de coordonnées des fichiers qui ne le disent pas",
    '--header-row takes a row number from 1 (e.g. --header-row 5), not "%1"':
        "--header-row prend un numéro de ligne à partir de 1 (par ex. --header-row 5), pas « %1 »",
    "--%1 is an option of the table de passage: give --passage TABLE too":
        "--%1 est une option de la table de passage : indiquez aussi --passage TABLEAU",
    "no layer of communes among the files given (the codes match no commune of the COG; give "
    "the field of codes with --code-field NAME)":
        "aucune couche de communes parmi les fichiers indiqués (les codes ne correspondent à "
        "aucune commune du COG ; indiquez le champ des codes avec --code-field NOM)",
})
FRENCH.update({
    # core/messages/cog_messages.h
    "%1: no layer of communes (its codes match no commune of the COG); give the field of codes "
    "with --code-field NAME":
        "%1 : aucune couche de communes (ses codes ne désignent aucune commune du COG) ; indiquez "
        "le champ des codes avec --code-field NOM",
    "%1: no layer of communes (its codes match no commune of the COG); choose a file of commune "
    "boundaries":
        "%1 : aucune couche de communes (ses codes ne désignent aucune commune du COG) ; "
        "choisissez un fichier de contours communaux",
    # ui/harmonise_dialog.cpp: mnemonics Contours, Table de passage, anciens coDes, Nouveaux
    # codes, Fichier à écrire, Harmoniser (A is the Annuler button's)
    "Bring boundaries onto today's COG": "Ramener des contours au COG actuel",
    "Commune boundaries of an earlier year are written as today's communes: the former communes "
    "dissolved into their commune of today, as the COG places them. Codes the COG does not know "
    "are placed by INSEE's table de passage, when given; the others are drawn as they are, "
    "hatched.":
        "Des contours communaux d'une année antérieure sont écrits en communes d'aujourd'hui : "
        "les anciennes communes fusionnées dans leur commune d'aujourd'hui, comme le COG les "
        "place. Les codes que le COG ne connaît pas sont placés par la table de passage de "
        "l'Insee, si elle est donnée ; les autres sont dessinés tels quels, hachurés.",
    "Browse…": "Parcourir…",
    "&Boundaries:": "&Contours :",
    "Browse for the boundaries": "Choisir le fichier des contours",
    "none: the COG alone": "aucune : le COG seul",
    "INSEE's table de passage (CSV, XLSX, ODS, XLS): a column of old commune codes and one of new "
    "codes":
        "La table de passage de l'Insee (CSV, XLSX, ODS, XLS) : une colonne d'anciens codes "
        "communes et une de nouveaux codes",
    "&Table de passage:": "&Table de passage :",
    "Browse for the table de passage": "Choisir la table de passage",
    "automatic: the first column of codes": "automatique : la première colonne de codes",
    "Column of the &old codes:": "Colonne des anciens co&des :",
    "automatic: the last column of codes": "automatique : la dernière colonne de codes",
    "Column of the &new codes:": "Colonne des &nouveaux codes :",
    "&Write to:": "&Fichier à écrire :",
    "Browse for the file to write": "Choisir le fichier à écrire",
    "&Harmonise": "&Harmoniser",
    "Commune boundaries": "Contours communaux",
    "Map files (*.gpkg *.geojson *.json *.shp *.fgb *.gml *.kml *.zip);;All files (*)":
        "Fichiers cartographiques (*.gpkg *.geojson *.json *.shp *.fgb *.gml *.kml *.zip);;Tous "
        "les fichiers (*)",
    "%1-today.gpkg": "%1-cog-actuel.gpkg",
    "Table de passage": "Table de passage",
    "Write today's communes to": "Écrire les communes d'aujourd'hui dans",
    "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)",
    # app/harmonise_action.cpp: R is free in the File menu (Enregistrer, sous, sTructures,
    # Indicateurs, Quitter)
    "&Bring boundaries onto today's COG…": "&Ramener des contours au COG actuel…",
    "Writes commune boundaries of an earlier year as today's communes":
        "Écrit des contours communaux d'une année antérieure en communes d'aujourd'hui",
    "Replace the file?": "Remplacer le fichier ?",
    "%1 already exists. Replace it?": "%1 existe déjà. Le remplacer ?",
    "Boundaries brought onto today's COG": "Contours ramenés au COG actuel",
    "Give the file of boundaries and the file to write.":
        "Indiquez le fichier des contours et le fichier à écrire.",
    "%1 is a file to read: choose another file to write.":
        "%1 est un fichier à lire : choisissez un autre fichier à écrire.",
    "%1 is the project open in this window: choose another file to write.":
        "%1 est le projet ouvert dans cette fenêtre : choisissez un autre fichier à écrire.",
    "Bringing %1 onto today's COG…": "%1 : passage au COG actuel…",
})
