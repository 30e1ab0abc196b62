"""French of the command line's own words: app/main.cpp, app/command_line.cpp,
app/info_command.cpp, app/demo_command.cpp."""
FRENCH = {
    # QCommandLineParser (our catalogue wins over Qt's, whose French is older).
    "Unknown option '%1'.": "option inconnue « %1 »",
    "Unknown options: %1.": "options inconnues : %1",
    "Missing value after '%1'.": "valeur manquante après « %1 »",
    "Unexpected value after '%1'.": "valeur inattendue après « %1 »",
    # CommandLine
    "lumiere %1: %2 (see lumiere %1 --help)": "lumiere %1 : %2 (voir lumiere %1 --help)",
    "lumiere %1: %2": "lumiere %1 : %2",
    "usage: lumiere %1 %2": "usage : lumiere %1 %2",
    "Options:": "Options :",
    "show this help": "affiche cette aide",
    # main
    "usage: lumiere [FILE]                 open the map window (a project, or map layers)\n"
    "       lumiere info PATH...           describe map layers and match them with the COG\n"
    "       lumiere render ...             draw a map headless (PNG, SVG, PDF)\n"
    "       lumiere demo --out FILE.gpkg   build the demo project\n"
    "       lumiere stats --project FILE.gpkg --usage ID\n"
    "                                      adoption of a usage by group, fracture metrics\n"
    "       lumiere import indicators|structures --project FILE.gpkg TABLE\n"
    "                                      import a table into a project, with its report\n"
    "       lumiere repair FILE.gpkg --out COPY.gpkg\n"
    "                                      a copy without the damaged rows of a project\n"
    "       lumiere harmonise LAYER... --out FILE.gpkg [--passage TABLE]\n"
    "                                      commune boundaries of an older vintage brought\n"
    "                                      onto the current COG\n"
    "\n"
    "lumiere COMMAND --help tells more of each command.\n"
    "--lang fr|en speaks French or English whatever the system's language (by default:\n"
    "French on a French system, English otherwise).\n":
        "usage : lumiere [FICHIER]             ouvre la fenêtre cartographique (un projet ou des couches)\n"
        "        lumiere info CHEMIN...        décrit des couches et les rapproche du COG\n"
        "        lumiere render ...            dessine une carte sans fenêtre (PNG, SVG, PDF)\n"
        "        lumiere demo --out FICHIER.gpkg   construit le projet de démonstration\n"
        "        lumiere stats --project FICHIER.gpkg --usage ID\n"
        "                                      adoption d'un usage par groupe, mesures de la fracture\n"
        "        lumiere import indicators|structures --project FICHIER.gpkg TABLEAU\n"
        "                                      importe un tableau dans un projet, avec son rapport\n"
        "        lumiere repair FICHIER.gpkg --out COPIE.gpkg\n"
        "                                      une copie d'un projet sans ses lignes endommagées\n"
        "        lumiere harmonise COUCHE... --out FICHIER.gpkg [--passage TABLEAU]\n"
        "                                      des contours communaux d'un millésime antérieur\n"
        "                                      ramenés au COG actuel\n"
        "\n"
        "lumiere COMMANDE --help en dit plus sur chaque commande.\n"
        "--lang fr|en fait parler Lumière en français ou en anglais quelle que soit la langue du\n"
        "système (par défaut : français sur un système français, anglais sinon).\n",
    "lumiere: unknown option '%1' (see lumiere --help)":
        "lumiere : option inconnue « %1 » (voir lumiere --help)",
    "lumiere: %1: projects in PostgreSQL cannot be opened by this version of Lumière; open a "
    "project file (.gpkg)":
        "lumiere : %1 : cette version de Lumière ne peut pas ouvrir de projet dans PostgreSQL ; "
        "ouvrez un fichier de projet (.gpkg)",
    "lumiere: unknown command '%1'; the commands are %2 (see lumiere --help)":
        "lumiere : commande inconnue « %1 » ; les commandes sont %2 (voir lumiere --help)",
    "lumiere: %1: no such file; check the path":
        "lumiere : %1 : fichier introuvable ; vérifiez le chemin",
    "lumiere: --lang takes fr or en, not '%1'":
        "lumiere : --lang prend fr ou en, pas « %1 »",
    # info
    "communes": "communes",
    "départements": "départements",
    "régions": "régions",
    "unknown": "inconnu",
    "(none)": "(aucun)",
    "Layer: %1\n": "Couche : %1\n",
    "  sources:        %1 file(s), %2\n": "  sources :        %1 fichier(s), %2\n",
    "  features:       %1\n": "  entités :        %1\n",
    "  geometry:       %1\n": "  géométrie :      %1\n",
    "  source CRS:     %1\n": "  SCR source :     %1\n",
    "  code field:     %1\n": "  champ des codes : %1\n",
    "  name field:     %1\n": "  champ des noms :  %1\n",
    "  extent:         %1\n": "  emprise :        %1\n",
    "  extent:         %1 %2 %3 %4 (map space, metres)\n":
        "  emprise :        %1 %2 %3 %4 (espace carte, mètres)\n",
    "  geometries:     %1 invalid, %2 repaired, %3 null, %4 empty, %5 not polygons\n":
        "  géométries :     %1 invalides, %2 réparées, %3 nulles, %4 vides, %5 non polygonales\n",
    "  COG (%1):  %2 matched, %3 only in the layer (%4 merged since), %5 only in the COG\n":
        "  COG (%1) :  %2 rapprochées, %3 seulement dans la couche (dont %4 fusionnées depuis), "
        "%5 seulement dans le COG\n",
    "PATH... [--json] [--features] [--cog DIR] [--code-field NAME] [--name-field NAME] "
    "[--layer NAME] [--crs EPSG:n]":
        "CHEMIN... [--json] [--features] [--cog DOSSIER] [--code-field NOM] [--name-field NOM] "
        "[--layer NOM] [--crs EPSG:n]",
    "Describes map layers (any file GDAL reads) and matches their codes with the COG.":
        "Décrit des couches cartographiques (tout fichier que GDAL lit) et rapproche leurs codes "
        "du COG.",
    "print the description as JSON": "écrit la description en JSON",
    "print each feature's code and name": "écrit le code et le nom de chaque entité",
    "the COG files to match with (default: the sample data's cog/)":
        "les fichiers du COG auxquels rapprocher (par défaut : le dossier cog/ des données "
        "d'exemple)",
    "the field of COG codes": "le champ des codes du COG",
    "the field of names": "le champ des noms",
    "the layer to read in a file of several": "la couche à lire dans un fichier qui en a plusieurs",
    "the coordinate reference system of files that do not say it":
        "le système de coordonnées des fichiers qui ne le disent pas",
    "no file given": "aucun fichier donné",
    "lumiere info: no COG in %1: the match report is left out (run scripts/fetch-data, or give "
    "--cog DIR)":
        "lumiere info : pas de COG dans %1 : le rapprochement est omis (lancez scripts/fetch-data, "
        "ou donnez --cog DOSSIER)",
    "warning: %1": "avertissement : %1",
    # demo
    "--out FILE.gpkg [--data DIR] [--seed N] [--vintage YEAR] [--force]":
        "--out FICHIER.gpkg [--data DOSSIER] [--seed N] [--vintage ANNÉE] [--force]",
    "Builds the demo project: synthetic structures and indicators on the real communes, EPCI "
    "and populations of the COG.":
        "Construit le projet de démonstration : structures et indicateurs synthétiques sur les "
        "communes, EPCI et populations réels du COG.",
    "the project file to write": "le fichier de projet à écrire",
    "the sample data (boundaries/ and cog/; default: %1)":
        "les données d'exemple (boundaries/ et cog/ ; par défaut : %1)",
    "the seed of the synthetic draws (the same seed gives the same project)":
        "la graine des tirages synthétiques (la même graine donne le même projet)",
    "the year of the indicator values": "le millésime des valeurs d'indicateurs",
    "replace FILE.gpkg if it exists": "remplace FICHIER.gpkg s'il existe",
    "unexpected argument '%1'": "argument inattendu « %1 »",
    "--seed takes a whole number from 0 (e.g. --seed 42)":
        "--seed prend un nombre entier à partir de 0 (par exemple --seed 42)",
    "--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024)":
        "--vintage prend une année de 1990 à 2100 (par exemple --vintage 2024)",
    "no output file: give --out FILE.gpkg": "aucun fichier de sortie : donnez --out FICHIER.gpkg",
    "%1 already exists; give --force to replace it with the demo project, or choose another file":
        "%1 existe déjà ; donnez --force pour le remplacer par le projet de démonstration, ou "
        "choisissez un autre fichier",
    "Demo project written to %1: %2 communes of metropolitan France and the DROM (and %3 "
    "entities of the overseas collectivities), %4 structures (%5 IT syndicates, %6 management "
    "centres, %7 EPCI), %8 memberships, %9 indicator values %10 — synthetic, seed %11\n":
        "Projet de démonstration écrit dans %1 : %2 communes de métropole et des DROM (et %3 "
        "entités des collectivités d'outre-mer), %4 structures (%5 syndicats informatiques, %6 "
        "centres de gestion, %7 EPCI), %8 adhésions, %9 valeurs d'indicateurs %10 — "
        "synthétiques, graine %11\n",
}
