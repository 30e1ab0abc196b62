<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>lumiere: unknown option '%1' (see lumiere --help)</source>
        <translation>lumiere : option inconnue « %1 » (voir lumiere --help)</translation>
    </message>
    <message>
        <source>lumiere: %1: projects in PostgreSQL cannot be opened by this version of Lumière; open a project file (.gpkg)</source>
        <translation>lumiere : %1 : cette version de Lumière ne peut pas ouvrir de projet dans PostgreSQL ; ouvrez un fichier de projet (.gpkg)</translation>
    </message>
    <message>
        <source>lumiere: unknown command '%1'; the commands are %2 (see lumiere --help)</source>
        <translation>lumiere : commande inconnue « %1 » ; les commandes sont %2 (voir lumiere --help)</translation>
    </message>
    <message>
        <source>lumiere: %1: no such file; check the path</source>
        <translation>lumiere : %1 : fichier introuvable ; vérifiez le chemin</translation>
    </message>
    <message>
        <source>lumiere: --lang takes fr or en, not '%1'</source>
        <translation>lumiere : --lang prend fr ou en, pas « %1 »</translation>
    </message>
    <message>
        <source>lumiere: %1</source>
        <translation>lumiere : %1</translation>
    </message>
    <message>
        <source>usage: lumiere [FILE]                 open the map window (a project, or map layers)
       lumiere info PATH...           describe map layers and match them with the COG
       lumiere render ...             draw a map headless (PNG, SVG, PDF)
       lumiere demo --out FILE.gpkg   build the demo project
       lumiere stats --project FILE.gpkg --usage ID
                                      adoption of a usage by group, fracture metrics
       lumiere import indicators|structures --project FILE.gpkg TABLE
                                      import a table into a project, with its report
       lumiere repair FILE.gpkg --out COPY.gpkg
                                      a copy without the damaged rows of a project
       lumiere harmonise LAYER... --out FILE.gpkg [--passage TABLE]
                                      commune boundaries of an older vintage brought
                                      onto the current COG

lumiere COMMAND --help tells more of each command.
--lang fr|en speaks French or English whatever the system's language (by default:
French on a French system, English otherwise).
</source>
        <translation>usage : lumiere [FICHIER]             ouvre la fenêtre cartographique (un projet ou des couches)
        lumiere info CHEMIN...        décrit des couches et les rapproche du COG
        lumiere render ...            dessine une carte sans fenêtre (PNG, SVG, PDF)
        lumiere demo --out FICHIER.gpkg   construit le projet de démonstration
        lumiere stats --project FICHIER.gpkg --usage ID
                                      adoption d'un usage par groupe, mesures de la fracture
        lumiere import indicators|structures --project FICHIER.gpkg TABLEAU
                                      importe un tableau dans un projet, avec son rapport
        lumiere repair FICHIER.gpkg --out COPIE.gpkg
                                      une copie d'un projet sans ses lignes endommagées
        lumiere harmonise COUCHE... --out FICHIER.gpkg [--passage TABLEAU]
                                      des contours communaux d'un millésime antérieur
                                      ramenés au COG actuel

lumiere COMMANDE --help en dit plus sur chaque commande.
--lang fr|en fait parler Lumière en français ou en anglais quelle que soit la langue du
système (par défaut : français sur un système français, anglais sinon).
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>lumiere %1: %2 (see lumiere %1 --help)</source>
        <translation>lumiere %1 : %2 (voir lumiere %1 --help)</translation>
    </message>
    <message>
        <source>lumiere %1: %2</source>
        <translation>lumiere %1 : %2</translation>
    </message>
    <message>
        <source>usage: lumiere %1 %2</source>
        <translation>usage : lumiere %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>affiche cette aide</translation>
    </message>
    <message>
        <source>lumiere %1: warning: %2</source>
        <translation>lumiere %1 : avertissement : %2</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>--out FILE.gpkg [--data DIR] [--seed N] [--vintage YEAR] [--force]</source>
        <translation>--out FICHIER.gpkg [--data DOSSIER] [--seed N] [--vintage ANNÉE] [--force]</translation>
    </message>
    <message>
        <source>Builds the demo project: synthetic structures and indicators on the real communes, EPCI and populations of the COG.</source>
        <translation>Construit le projet de démonstration : structures et indicateurs synthétiques sur les communes, EPCI et populations réels du COG.</translation>
    </message>
    <message>
        <source>the project file to write</source>
        <translation>le fichier de projet à écrire</translation>
    </message>
    <message>
        <source>the sample data (boundaries/ and cog/; default: %1)</source>
        <translation>les données d'exemple (boundaries/ et cog/ ; par défaut : %1)</translation>
    </message>
    <message>
        <source>the seed of the synthetic draws (the same seed gives the same project)</source>
        <translation>la graine des tirages synthétiques (la même graine donne le même projet)</translation>
    </message>
    <message>
        <source>the year of the indicator values</source>
        <translation>le millésime des valeurs d'indicateurs</translation>
    </message>
    <message>
        <source>replace FILE.gpkg if it exists</source>
        <translation>remplace FICHIER.gpkg s'il existe</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>no output file: give --out FILE.gpkg</source>
        <translation>aucun fichier de sortie : donnez --out FICHIER.gpkg</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it with the demo project, or choose another file</source>
        <translation>%1 existe déjà ; donnez --force pour le remplacer par le projet de démonstration, ou choisissez un autre fichier</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 (e.g. --seed 42), not "%1"</source>
        <translation>--seed prend un nombre entier à partir de 0 (par ex. --seed 42), pas « %1 »</translation>
    </message>
    <message>
        <source>--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not "%1"</source>
        <translation>--vintage attend une année de 1990 à 2100 (par exemple --vintage 2024), et non « %1 »</translation>
    </message>
    <message>
        <source>The boundaries (%1 features) are older than the COG: %2 former communes dissolved into %3 communes of today; the layer %4 keeps the boundaries as drawn, hidden on the maps (lumiere harmonise lists each merger).
</source>
        <translation>Les contours (%1 entités) sont antérieurs au COG : %2 anciennes communes fusionnées dans %3 communes d'aujourd'hui ; la couche %4 garde les contours tels que dessinés, masquée sur les cartes (lumiere harmonise liste chaque fusion).
</translation>
    </message>
    <message>
        <source>%1 features are no commune of the COG and are drawn as they are, hatched: %2
</source>
        <translation>Entités qui ne sont pas des communes du COG, dessinées telles quelles, hachurées (%1) : %2
</translation>
    </message>
    <message>
        <source>Demo project written to %1: %2 communes of metropolitan France and the DROM (and %3 entities of the overseas collectivities), %4 structures (%5 IT syndicates, %6 management centres, %7 EPCI), %8 memberships, %9 indicator values %10 — synthetic, seed %11
</source>
        <translation>Projet de démonstration écrit dans %1 : %2 communes de métropole et des DROM (et %3 entités des collectivités d'outre-mer), %4 structures (%5 syndicats informatiques, %6 centres de gestion, %7 EPCI), %8 adhésions, %9 valeurs d'indicateurs %10 — synthétiques, graine %11
</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>none (white zone)</source>
        <translation>aucune (zone blanche)</translation>
    </message>
    <message>
        <source>1 structure</source>
        <translation>1 structure</translation>
    </message>
    <message>
        <source>%1 structures</source>
        <translation>%1 structures</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region (INSEE code)</source>
        <translation>Région (code Insee)</translation>
    </message>
    <message>
        <source>EPCI (SIREN)</source>
        <translation>EPCI (Siren)</translation>
    </message>
    <message>
        <source>inhab.</source>
        <translation>hab.</translation>
    </message>
    <message>
        <source>inhab./km²</source>
        <translation>hab./km²</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Adoption %1</source>
        <translation>Adoption %1</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>No sample data in %1: run scripts/fetch-data, or open map files with: lumiere FILE...</source>
        <translation>Pas de données d'exemple dans %1 : lancez scripts/fetch-data, ou ouvrez des fichiers cartographiques avec : lumiere FICHIER...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>%1: 1 commune selected</source>
        <translation>%1 : 1 commune sélectionnée</translation>
    </message>
    <message>
        <source>%1: %2 communes selected</source>
        <translation>%1 : %2 communes sélectionnées</translation>
    </message>
    <message>
        <source>%1 is not drawn on this map.</source>
        <translation>%1 n'est pas dessiné sur cette carte.</translation>
    </message>
</context>
<context>
    <name>Harmonise</name>
    <message>
        <source>Table de passage %1: columns "%2" (old code) and "%3" (new code), header on line %4; %5 rows, %6 codes changed, %7 unchanged
</source>
        <translation>Table de passage %1 : colonnes « %2 » (ancien code) et « %3 » (nouveau code), en-tête ligne %4 ; lignes : %5, codes changés : %6, inchangés : %7
</translation>
    </message>
    <message>
        <source>  rows without two codes, left out (lines): %1
</source>
        <translation>  lignes sans deux codes, laissées de côté (lignes) : %1
</translation>
    </message>
    <message>
        <source>  line %1: %2 is given another new code than on an earlier line (a commune split?); the first kept
</source>
        <translation>  ligne %1 : %2 reçoit un autre nouveau code qu'à une ligne précédente (une commune scindée ?) ; le premier est gardé
</translation>
    </message>
    <message>
        <source>%1 written: %2 features read, %3 former communes dissolved into %4 communes of today, %5 communes in all (layer communes; the boundaries as read in the layer %6)
</source>
        <translation>%1 écrit : entités lues : %2 ; anciennes communes fusionnées : %3, dans %4 communes d'aujourd'hui ; communes en tout : %5 (couche communes ; les contours tels que lus dans la couche %6)
</translation>
    </message>
    <message>
        <source>  %1 %2: %3
</source>
        <translation>  %1 %2 : %3
</translation>
    </message>
    <message>
        <source>LAYER... --out FILE.gpkg [--passage TABLE [--from COLUMN] [--to COLUMN] [--sheet NAME|N] [--header-row N]] [--cog DIR]</source>
        <translation>COUCHE... --out FICHIER.gpkg [--passage TABLEAU [--from COLONNE] [--to COLONNE] [--sheet NOM|N] [--header-row N]] [--cog DOSSIER]</translation>
    </message>
    <message>
        <source>Brings commune boundaries of an older vintage onto the current COG: the former communes dissolved into their commune of today.</source>
        <translation>Ramène des contours communaux d'un millésime antérieur au COG actuel : les anciennes communes fusionnées dans leur commune d'aujourd'hui.</translation>
    </message>
    <message>
        <source>the GeoPackage to write (layers communes and communes_source)</source>
        <translation>le GeoPackage à écrire (couches communes et communes_source)</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLEAU</translation>
    </message>
    <message>
        <source>INSEE's table de passage (CSV, XLSX, ODS, XLS): old code, new code</source>
        <translation>la table de passage de l'Insee (CSV, XLSX, ODS, XLS) : ancien code, nouveau code</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>the column of old codes (by default the first column of codes)</source>
        <translation>la colonne des anciens codes (par défaut la première colonne de codes)</translation>
    </message>
    <message>
        <source>the column of new codes (by default the last column of codes)</source>
        <translation>la colonne des nouveaux codes (par défaut la dernière colonne de codes)</translation>
    </message>
    <message>
        <source>NAME|N</source>
        <translation>NOM|N</translation>
    </message>
    <message>
        <source>the sheet of the table (by default the first)</source>
        <translation>la feuille du tableau (par défaut la première)</translation>
    </message>
    <message>
        <source>the row of the table's header (by default found)</source>
        <translation>la ligne d'en-tête du tableau (par défaut trouvée)</translation>
    </message>
    <message>
        <source>the COG folder (by default the data folder's cog/)</source>
        <translation>le dossier du COG (par défaut cog/ du dossier de données)</translation>
    </message>
    <message>
        <source>the field of COG codes</source>
        <translation>le champ des codes du COG</translation>
    </message>
    <message>
        <source>the layer to read in a file of several</source>
        <translation>la couche à lire dans un fichier qui en a plusieurs</translation>
    </message>
    <message>
        <source>the coordinate reference system of files that do not say it</source>
        <translation>le système de coordonnées des fichiers qui ne le disent pas</translation>
    </message>
    <message>
        <source>replace FILE.gpkg if it exists</source>
        <translation>remplace FICHIER.gpkg s'il existe</translation>
    </message>
    <message>
        <source>no layer given</source>
        <translation>aucune couche indiquée</translation>
    </message>
    <message>
        <source>no output file: give --out FILE.gpkg</source>
        <translation>aucun fichier de sortie : donnez --out FICHIER.gpkg</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it, or choose another file</source>
        <translation>%1 existe déjà ; donnez --force pour le remplacer, ou choisissez un autre fichier</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1 (e.g. --header-row 5), not "%1"</source>
        <translation>--header-row prend un numéro de ligne à partir de 1 (par ex. --header-row 5), pas « %1 »</translation>
    </message>
    <message>
        <source>--%1 is an option of the table de passage: give --passage TABLE too</source>
        <translation>--%1 est une option de la table de passage : indiquez aussi --passage TABLEAU</translation>
    </message>
    <message>
        <source>%1 features are no commune of the COG and are drawn as they are, hatched: %2 (a table de passage places them)
</source>
        <translation>Entités qui ne sont pas des communes du COG, dessinées telles quelles, hachurées (%1) : %2 (une table de passage les place)
</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  line %1: code "%2" is not in the COG, row skipped</source>
        <translation>  ligne %1 : code « %2 » inconnu du COG, ligne ignorée</translation>
    </message>
    <message>
        <source>  line %1: invalid value "%2" in the column "%3", skipped</source>
        <translation>  ligne %1 : valeur « %2 » invalide dans la colonne « %3 », ignorée</translation>
    </message>
    <message>
        <source>  … and %1 more rows, not detailed</source>
        <translation>  … et %1 autres lignes, non détaillées</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>  %1 combines lines %2</source>
        <translation>  %1 regroupe les lignes %2</translation>
    </message>
    <message>
        <source>  %1 combines lines %2: %3</source>
        <translation>  %1 regroupe les lignes %2 : %3</translation>
    </message>
    <message>
        <source>FILE.gpkg</source>
        <translation>FICHIER.gpkg</translation>
    </message>
    <message>
        <source>the project to import into (saved when the whole import succeeded)</source>
        <translation>le projet où importer (enregistré seulement si tout l'import a réussi)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the usage the values are of (e.g. actes)</source>
        <translation>l'usage auquel se rapportent les valeurs (par exemple actes)</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>the vintage of the values (e.g. 2024)</source>
        <translation>le millésime des valeurs (par exemple 2024)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>the column of commune codes (by default found by its name: code, codgeo, insee...)</source>
        <translation>la colonne des codes communes (par défaut, reconnue à son nom : code, codgeo, insee...)</translation>
    </message>
    <message>
        <source>the column of values (by default the only yes/no or ratio column)</source>
        <translation>la colonne des valeurs (par défaut, la seule colonne oui/non ou de taux)</translation>
    </message>
    <message>
        <source>write the report as JSON</source>
        <translation>écrire le rapport en JSON</translation>
    </message>
    <message>
        <source>one table at a time: %1 and %2 given</source>
        <translation>un seul tableau à la fois : %1 et %2 ont été indiqués</translation>
    </message>
    <message>
        <source>--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not "%1"</source>
        <translation>--vintage attend une année de 1990 à 2100 (par exemple --vintage 2024), et non « %1 »</translation>
    </message>
    <message>
        <source>no project: give --project FILE.gpkg</source>
        <translation>aucun projet : indiquez --project FICHIER.gpkg</translation>
    </message>
    <message>
        <source>no usage: give --usage ID (e.g. --usage actes)</source>
        <translation>aucun usage : indiquez --usage ID (par exemple --usage actes)</translation>
    </message>
    <message>
        <source>no vintage: give --vintage YEAR (e.g. --vintage 2024)</source>
        <translation>aucun millésime : indiquez --vintage ANNÉE (par exemple --vintage 2024)</translation>
    </message>
    <message>
        <source>the project has no usage "%1" (its usages: %2)</source>
        <translation>le projet ne comporte aucun usage « %1 » (ses usages : %2)</translation>
    </message>
    <message>
        <source>Indicator "%1" %2, column "%3" (%4) from %5</source>
        <translation>Indicateur « %1 » %2, colonne « %3 » (%4) de %5</translation>
    </message>
    <message>
        <source>%1 values saved in %2</source>
        <translation>%1 valeurs enregistrées dans %2</translation>
    </message>
    <message>
        <source>Structures and memberships from %1</source>
        <translation>Structures et adhésions de %1</translation>
    </message>
    <message>
        <source>indicators|structures --project FILE.gpkg TABLE ...</source>
        <translation>indicators|structures --project FICHIER.gpkg TABLEAU ...</translation>
    </message>
    <message>
        <source>Imports a table into a project and prints its report: indicators (lumiere import indicators --help) or structures and their memberships (lumiere import structures --help).</source>
        <translation>Importe un tableau dans un projet et affiche le rapport d'import : indicateurs (lumiere import indicators --help) ou structures et leurs adhésions (lumiere import structures --help).</translation>
    </message>
    <message>
        <source>say what to import: indicators or structures</source>
        <translation>indiquez ce qu'il faut importer : indicators ou structures</translation>
    </message>
    <message>
        <source>lumiere import takes indicators or structures, not "%1"</source>
        <translation>lumiere import attend indicators ou structures, et non « %1 »</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>how long to wait when a colleague is saving the project (default 5)</source>
        <translation>combien de temps attendre quand un collègue enregistre le projet (5 par défaut)</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not "%1"</source>
        <translation>--wait prend un nombre de secondes de 0 à 3600, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>sheet "%1" (of %2 sheets)</source>
        <translation>feuille « %1 » (sur %2 feuilles)</translation>
    </message>
    <message>
        <source>header on line %1 as asked, the lines above skipped</source>
        <translation>en-tête ligne %1 comme demandé, les lignes au-dessus ignorées</translation>
    </message>
    <message>
        <source>header found on line %1, the line above skipped</source>
        <translation>en-tête trouvé ligne %1, la ligne au-dessus ignorée</translation>
    </message>
    <message>
        <source>header found on line %1, %2 lines above skipped</source>
        <translation>en-tête trouvé ligne %1, %2 lignes au-dessus ignorées</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>Table read: %1</source>
        <translation>Tableau lu : %1</translation>
    </message>
    <message>
        <source>  line %1: %2 is an old commune, counted in %3</source>
        <translation>  ligne %1 : %2 est une ancienne commune, comptée dans %3</translation>
    </message>
    <message>
        <source>  … and %1 more rows combined, not detailed</source>
        <translation>  … et %1 autres lignes regroupées, non détaillées</translation>
    </message>
    <message>
        <source>NAME|N</source>
        <translation>NOM|N</translation>
    </message>
    <message>
        <source>the sheet of a spreadsheet to read, by name or number (default: the first)</source>
        <translation>la feuille du classeur à lire, par son nom ou son numéro (par défaut : la première)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>the row of the column names, counting title rows (default: found among the first rows)</source>
        <translation>la ligne des noms de colonnes, lignes de titre comprises (par défaut : trouvée parmi les premières lignes)</translation>
    </message>
    <message>
        <source>--sheet takes a sheet's name or number</source>
        <translation>--sheet attend le nom ou le numéro d'une feuille</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1 (e.g. --header-row 3), not "%1"</source>
        <translation>--header-row attend un numéro de ligne à partir de 1 (par exemple --header-row 3), et non « %1 »</translation>
    </message>
    <message>
        <source>no table to import: give the CSV, XLSX, XLS or ODS file</source>
        <translation>aucun tableau à importer : indiquez le fichier CSV, XLSX, XLS ou ODS</translation>
    </message>
    <message>
        <source>--project FILE.gpkg --usage ID --vintage YEAR TABLE [--sheet NAME|N] [--header-row N] [--code-column NAME] [--value-column NAME] [--wait SECONDS] [--json]</source>
        <translation>--project FICHIER.gpkg --usage ID --vintage ANNÉE TABLEAU [--sheet NOM|N] [--header-row N] [--code-column NOM] [--value-column NOM] [--wait SECONDES] [--json]</translation>
    </message>
    <message>
        <source>--project FILE.gpkg TABLE [--sheet NAME|N] [--header-row N] [--wait SECONDS] [--json]</source>
        <translation>--project FICHIER.gpkg TABLEAU [--sheet NOM|N] [--header-row N] [--wait SECONDES] [--json]</translation>
    </message>
    <message>
        <source>Imports the values of one indicator (a yes/no or ratio column of a CSV, text, XLSX, XLS or ODS table, one row per commune) into a project, and prints the import report.</source>
        <translation>Importe dans un projet les valeurs d'un indicateur (une colonne oui/non ou de taux d'un tableau CSV, texte, XLSX, XLS ou ODS, une ligne par commune), et affiche le rapport d'import.</translation>
    </message>
    <message>
        <source>Imports structures and their memberships (a CSV, text, XLSX, XLS or ODS table, one row per structure and member) into a project, and prints the import report.</source>
        <translation>Importe dans un projet des structures et leurs adhésions (un tableau CSV, texte, XLSX, XLS ou ODS, une ligne par structure et par membre), et affiche le rapport d'import.</translation>
    </message>
    <message>
        <source>rows read: %1; members found: %2 (harmonised: %3); members not in the COG: %4; duplicates set aside: %5; invalid values: %6; combined with another row: %7</source>
        <translation>lignes lues : %1 ; membres trouvés : %2 (dont harmonisés : %3) ; membres inconnus du COG : %4 ; en double, écartées : %5 ; valeurs invalides : %6 ; regroupées avec une autre ligne : %7</translation>
    </message>
    <message>
        <source>rows read: %1; matched to a commune: %2 (harmonised: %3); not in the COG: %4; duplicates set aside: %5; invalid values: %6; combined with another row: %7</source>
        <translation>lignes lues : %1 ; rapprochées d'une commune : %2 (dont harmonisées : %3) ; sans correspondance dans le COG : %4 ; en double, écartées : %5 ; valeurs invalides : %6 ; regroupées avec une autre ligne : %7</translation>
    </message>
    <message>
        <source>  line %1: no member given, no membership made of this row</source>
        <translation>  ligne %1 : aucun membre indiqué, aucune adhésion tirée de cette ligne</translation>
    </message>
    <message>
        <source>  line %1: member "%2" is not in the COG, no membership made of this row</source>
        <translation>  ligne %1 : membre « %2 » inconnu du COG, aucune adhésion tirée de cette ligne</translation>
    </message>
    <message>
        <source>  line %1: no commune code, row skipped</source>
        <translation>  ligne %1 : aucun code de commune, ligne ignorée</translation>
    </message>
    <message>
        <source>  line %1: "%2" is already a member of this structure in the project, row set aside</source>
        <translation>  ligne %1 : « %2 » est déjà membre de cette structure dans le projet, ligne écartée</translation>
    </message>
    <message>
        <source>  line %1: code "%2" repeated, row set aside although its "%3" differs: "%4" here, "%5" kept from line %6</source>
        <translation>  ligne %1 : code « %2 » en double, ligne écartée bien que sa valeur de « %3 » diffère : « %4 » ici, « %5 » retenu de la ligne %6</translation>
    </message>
    <message>
        <source>  line %1: code "%2" repeated, row set aside (line %3 is kept)</source>
        <translation>  ligne %1 : code « %2 » en double, ligne écartée (la ligne %3 est retenue)</translation>
    </message>
    <message>
        <source>  … and %1 more row, not detailed</source>
        <translation>  … et %1 autre ligne, non détaillée</translation>
    </message>
    <message>
        <source>  … and %1 more row combined, not detailed</source>
        <translation>  … et %1 autre ligne regroupée, non détaillée</translation>
    </message>
    <message>
        <source>%1 value saved in %2</source>
        <translation>%1 valeur enregistrée dans %2</translation>
    </message>
    <message>
        <source>%1, %2, %3 in %4</source>
        <translation>%1, %2, %3 dans %4</translation>
    </message>
    <message>
        <source>%1 structure added</source>
        <translation>%1 structure ajoutée</translation>
    </message>
    <message>
        <source>%1 structures added</source>
        <translation>%1 structures ajoutées</translation>
    </message>
    <message>
        <source>%1 structure updated</source>
        <translation>%1 structure mise à jour</translation>
    </message>
    <message>
        <source>%1 structures updated</source>
        <translation>%1 structures mises à jour</translation>
    </message>
    <message>
        <source>%1 membership added</source>
        <translation>%1 adhésion ajoutée</translation>
    </message>
    <message>
        <source>%1 memberships added</source>
        <translation>%1 adhésions ajoutées</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <source>régions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Layer: %1
</source>
        <translation>Couche : %1
</translation>
    </message>
    <message>
        <source>  sources:        %1 file(s), %2
</source>
        <translation>  sources :        %1 fichier(s), %2
</translation>
    </message>
    <message>
        <source>  features:       %1
</source>
        <translation>  entités :        %1
</translation>
    </message>
    <message>
        <source>  geometry:       %1
</source>
        <translation>  géométrie :      %1
</translation>
    </message>
    <message>
        <source>  source CRS:     %1
</source>
        <translation>  SCR source :     %1
</translation>
    </message>
    <message>
        <source>  code field:     %1
</source>
        <translation>  champ des codes : %1
</translation>
    </message>
    <message>
        <source>  name field:     %1
</source>
        <translation>  champ des noms :  %1
</translation>
    </message>
    <message>
        <source>  extent:         %1
</source>
        <translation>  emprise :        %1
</translation>
    </message>
    <message>
        <source>  extent:         %1 %2 %3 %4 (map space, metres)
</source>
        <translation>  emprise :        %1 %2 %3 %4 (espace carte, mètres)
</translation>
    </message>
    <message>
        <source>  geometries:     %1 invalid, %2 repaired, %3 null, %4 empty, %5 not polygons
</source>
        <translation>  géométries :     %1 invalides, %2 réparées, %3 nulles, %4 vides, %5 non polygonales
</translation>
    </message>
    <message>
        <source>  COG (%1):  %2 matched, %3 only in the layer (%4 merged since), %5 only in the COG
</source>
        <translation>  COG (%1) :  %2 rapprochées, %3 seulement dans la couche (dont %4 fusionnées depuis), %5 seulement dans le COG
</translation>
    </message>
    <message>
        <source>PATH... [--json] [--features] [--cog DIR] [--code-field NAME] [--name-field NAME] [--layer NAME] [--crs EPSG:n]</source>
        <translation>CHEMIN... [--json] [--features] [--cog DOSSIER] [--code-field NOM] [--name-field NOM] [--layer NOM] [--crs EPSG:n]</translation>
    </message>
    <message>
        <source>Describes map layers (any file GDAL reads) and matches their codes with the COG.</source>
        <translation>Décrit des couches cartographiques (tout fichier que GDAL lit) et rapproche leurs codes du COG.</translation>
    </message>
    <message>
        <source>print the description as JSON</source>
        <translation>écrit la description en JSON</translation>
    </message>
    <message>
        <source>print each feature's code and name</source>
        <translation>écrit le code et le nom de chaque entité</translation>
    </message>
    <message>
        <source>the COG files to match with (default: the sample data's cog/)</source>
        <translation>les fichiers du COG auxquels rapprocher (par défaut : le dossier cog/ des données d'exemple)</translation>
    </message>
    <message>
        <source>the field of COG codes</source>
        <translation>le champ des codes du COG</translation>
    </message>
    <message>
        <source>the field of names</source>
        <translation>le champ des noms</translation>
    </message>
    <message>
        <source>the layer to read in a file of several</source>
        <translation>la couche à lire dans un fichier qui en a plusieurs</translation>
    </message>
    <message>
        <source>the coordinate reference system of files that do not say it</source>
        <translation>le système de coordonnées des fichiers qui ne le disent pas</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>aucun fichier donné</translation>
    </message>
    <message>
        <source>lumiere info: no COG in %1: the match report is left out (run scripts/fetch-data, or give --cog DIR)</source>
        <translation>lumiere info : pas de COG dans %1 : le rapprochement est omis (lancez scripts/fetch-data, ou donnez --cog DOSSIER)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>LayerSetup</name>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>%1 – %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>commune absent from the COG</source>
        <translation>commune absente du COG</translation>
    </message>
</context>
<context>
    <name>MapChoice</name>
    <message>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>white zones</source>
        <translation>zones blanches</translation>
    </message>
    <message>
        <source>adoption %1</source>
        <translation>adoption %1</translation>
    </message>
    <message>
        <source>adoption</source>
        <translation>adoption</translation>
    </message>
    <message>
        <source>by commune</source>
        <translation>par commune</translation>
    </message>
    <message>
        <source>by EPCI</source>
        <translation>par EPCI</translation>
    </message>
    <message>
        <source>by department</source>
        <translation>par département</translation>
    </message>
    <message>
        <source>by commune, with the structures' territories</source>
        <translation>par commune, avec les territoires des structures</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>White zone (no structure)</source>
        <translation>Zone blanche (aucune structure)</translation>
    </message>
    <message>
        <source>Covered by a structure</source>
        <translation>Couverte par une structure</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>the table %1 has no column "%2" (its columns: %3)</source>
        <translation>le tableau %1 ne comporte aucune colonne « %2 » (ses colonnes : %3)</translation>
    </message>
    <message>
        <source>the column "%1" holds %2 values: an indicator is a yes/no or a ratio column</source>
        <translation>la colonne « %1 » contient des valeurs de type %2 : un indicateur est une colonne oui/non ou de taux</translation>
    </message>
    <message>
        <source>the table %1 has no yes/no or ratio column to import (its columns: %2): name one with --value-column</source>
        <translation>le tableau %1 ne comporte aucune colonne oui/non ou de taux à importer (ses colonnes : %2) : désignez-en une avec --value-column</translation>
    </message>
    <message>
        <source>the table %1 has no yes/no or ratio column to import (its columns: %2): an indicator is a column of yes/no values or of rates</source>
        <translation>le tableau %1 ne comporte aucune colonne oui/non ou de taux à importer (ses colonnes : %2) : un indicateur est une colonne de valeurs oui/non ou de taux</translation>
    </message>
    <message>
        <source>the table %1 has several yes/no or ratio columns (%2): choose one with --value-column NAME</source>
        <translation>le tableau %1 comporte plusieurs colonnes oui/non ou de taux (%2) : choisissez-en une avec --value-column NOM</translation>
    </message>
    <message>
        <source>the table %1 has several yes/no or ratio columns (%2): choose one in the import dialog</source>
        <translation>le tableau %1 comporte plusieurs colonnes oui/non ou de taux (%2) : choisissez-en une dans la fenêtre d'import</translation>
    </message>
    <message>
        <source>%1, so nothing was imported; close it there and import again</source>
        <translation>%1 ; rien n'a donc été importé : fermez-le dans l'autre Lumière, puis relancez l'import</translation>
    </message>
    <message>
        <source>--density-grid %1: %2</source>
        <translation>--density-grid %1 : %2</translation>
    </message>
    <message>
        <source>--density-grid %1: no column of density levels (whole numbers from 1 to 4, or 1 to 7) next to the commune codes; give INSEE's grille communale de densité</source>
        <translation>--density-grid %1 : aucune colonne de niveaux de densité (nombres entiers de 1 à 4, ou de 1 à 7) à côté des codes communes ; indiquez la grille communale de densité de l'Insee</translation>
    </message>
    <message>
        <source>%1: cannot open the COG file; run scripts/fetch-data or give the COG folder with --cog</source>
        <translation>%1 : impossible d'ouvrir le fichier du COG ; lancez scripts/fetch-data ou indiquez le dossier du COG avec --cog</translation>
    </message>
    <message>
        <source>%1: cannot open the COG file; run scripts/fetch-data or choose the COG folder in the settings</source>
        <translation>%1 : impossible d'ouvrir le fichier du COG ; lancez scripts/fetch-data ou choisissez le dossier du COG dans les paramètres</translation>
    </message>
    <message>
        <source>%1: not a COG file (a JSON array was expected); get it again with scripts/fetch-data</source>
        <translation>%1 : ce n'est pas un fichier du COG (un tableau JSON était attendu) ; téléchargez-le de nouveau avec scripts/fetch-data</translation>
    </message>
    <message>
        <source>internal error (%1); please report it</source>
        <translation>erreur interne (%1) ; merci de la signaler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the coordinate reference system "%1" is not one PROJ knows: give an EPSG code such as EPSG:2154</source>
        <translation>le système de coordonnées de référence « %1 » n'est pas connu de PROJ : indiquez un code EPSG, par exemple EPSG:2154</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to %5) are metres, not degrees; read as Lambert-93 (EPSG:2154). If that is wrong, give the right one with --crs EPSG:n</source>
        <translation>%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de %4 à %5) sont en mètres et non en degrés ; lecture en Lambert-93 (EPSG:2154). Si ce n'est pas le bon système, indiquez le bon avec --crs EPSG:n</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to %5) are metres, not degrees; read as Lambert-93 (EPSG:2154). If that is wrong, choose the right one in the layer's properties</source>
        <translation>%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de %4 à %5) sont en mètres et non en degrés ; lecture en Lambert-93 (EPSG:2154). Si ce n'est pas le bon système, choisissez le bon dans les propriétés de la couche</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot be degrees; give the CRS with --crs EPSG:n (Lambert-93 is EPSG:2154, Lambert II étendu EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)</source>
        <translation>%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de %4 à %5) ne peuvent pas être des degrés ; indiquez le système avec --crs EPSG:n (Lambert-93 : EPSG:2154, Lambert II étendu : EPSG:27572, zones UTM des DROM : EPSG:5490, 2972, 2975, 4471)</translation>
    </message>
    <message>
        <source>%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot be degrees; choose the CRS in the layer's properties (Lambert-93 is EPSG:2154, Lambert II étendu EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)</source>
        <translation>%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de %4 à %5) ne peuvent pas être des degrés ; choisissez le système dans les propriétés de la couche (Lambert-93 : EPSG:2154, Lambert II étendu : EPSG:27572, zones UTM des DROM : EPSG:5490, 2972, 2975, 4471)</translation>
    </message>
    <message>
        <source>no file given: name one or more map files</source>
        <translation>aucun fichier indiqué : indiquez un ou plusieurs fichiers cartographiques</translation>
    </message>
    <message>
        <source>%1: no such file; check the path (or run scripts/fetch-data for the sample data)</source>
        <translation>%1 : fichier introuvable ; vérifiez le chemin (ou lancez scripts/fetch-data pour les données d'exemple)</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes); it was probably cut short when copied or sent: get it again</source>
        <translation>%1 : le fichier est vide (0 octet) ; il a probablement été tronqué lors d'une copie ou d'un envoi : procurez-vous-le de nouveau</translation>
    </message>
    <message>
        <source>%1: an empty ZIP archive, not a map layer (its name hides what it is); it holds no file: ask for the layer again</source>
        <translation>%1 : archive ZIP vide, et non couche cartographique (son nom masque sa nature) ; elle ne contient aucun fichier : demandez de nouveau la couche</translation>
    </message>
    <message>
        <source>%1: a ZIP archive, not a map layer (its name hides what it is); extract the layer from it (.shp with its .shx and .dbf) and open that</source>
        <translation>%1 : archive ZIP, et non couche cartographique (son nom masque sa nature) ; extrayez-en la couche (le .shp avec ses fichiers .shx et .dbf) et ouvrez-la</translation>
    </message>
    <message>
        <source>%1: does not start as a shapefile does (the file is damaged, or another kind of file was renamed .shp); get a complete copy of the layer</source>
        <translation>%1 : le fichier ne commence pas comme un shapefile (il est endommagé, ou un autre type de fichier a été renommé en .shp) ; procurez-vous une copie complète de la couche</translation>
    </message>
    <message>
        <source>%1: the shapefile has no .shx index beside it; copy the .shx file that came with the .shp into the same folder</source>
        <translation>%1 : le shapefile n'est pas accompagné de son index .shx ; copiez le fichier .shx fourni avec le .shp dans le même dossier</translation>
    </message>
    <message>
        <source>%1: the shapefile has no .dbf attribute table beside it; copy the .dbf file that came with the .shp into the same folder</source>
        <translation>%1 : le shapefile n'est pas accompagné de sa table attributaire .dbf ; copiez le fichier .dbf fourni avec le .shp dans le même dossier</translation>
    </message>
    <message>
        <source>%1: not a map layer GDAL can read; give a GeoJSON, Shapefile, GeoPackage or FlatGeobuf file of territory boundaries</source>
        <translation>%1 : ce n'est pas une couche cartographique lisible par GDAL ; fournissez un fichier GeoJSON, Shapefile, GeoPackage ou FlatGeobuf de limites territoriales</translation>
    </message>
    <message>
        <source>%1: cannot be read, the file looks damaged or cut short (GDAL: %2); get a complete copy of it</source>
        <translation>%1 : lecture impossible, le fichier semble endommagé ou tronqué (GDAL : %2) ; procurez-vous-en une copie complète</translation>
    </message>
    <message>
        <source>%1: no field named "%2" for the COG code; the fields are: %3</source>
        <translation>%1 : aucun champ nommé « %2 » pour le code COG ; les champs sont : %3</translation>
    </message>
    <message>
        <source>%1: no field named "%2" for the name; the fields are: %3</source>
        <translation>%1 : aucun champ nommé « %2 » pour le nom ; les champs sont : %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: the layer "%2" has no geometry (a plain table?); give the boundaries file, or import the table as indicators</source>
        <translation>%1 : la couche « %2 » n'a pas de géométrie (simple table ?) ; fournissez le fichier des limites, ou importez la table comme indicateurs</translation>
    </message>
    <message>
        <source>%1: the layer "%2" holds points, and territories are polygons; give the boundaries (communes, départements), not their centroids or outlines</source>
        <translation>%1 : la couche « %2 » contient des points, alors que les territoires sont des polygones ; fournissez les limites (communes, départements), et non leurs centroïdes ou leurs contours</translation>
    </message>
    <message>
        <source>%1: the layer "%2" holds lines, and territories are polygons; give the boundaries (communes, départements), not their centroids or outlines</source>
        <translation>%1 : la couche « %2 » contient des lignes, alors que les territoires sont des polygones ; fournissez les limites (communes, départements), et non leurs centroïdes ou leurs contours</translation>
    </message>
    <message>
        <source>%1: reading stopped at feature %2, the file looks damaged or cut short (GDAL: %3); get a complete copy of it</source>
        <translation>%1 : lecture interrompue à l'entité %2, le fichier semble endommagé ou tronqué (GDAL : %3) ; procurez-vous-en une copie complète</translation>
    </message>
    <message>
        <source>%1: the layer "%2" was written by Lumière but lost some of its fields (code, nom, zone, area_m2, label_x, label_y); load the original boundaries again</source>
        <translation>%1 : la couche « %2 » a été écrite par Lumière mais a perdu certains de ses champs (code, nom, zone, area_m2, label_x, label_y) ; chargez de nouveau les limites d'origine</translation>
    </message>
    <message>
        <source>%1: reading stopped at feature %2, the file looks damaged (GDAL: %3); save the project again from a good copy</source>
        <translation>%1 : lecture interrompue à l'entité %2, le fichier semble endommagé (GDAL : %3) ; enregistrez de nouveau le projet à partir d'une copie saine</translation>
    </message>
    <message>
        <source>%1: the file holds no layer; give a file with territory boundaries</source>
        <translation>%1 : le fichier ne contient aucune couche ; fournissez un fichier de limites territoriales</translation>
    </message>
    <message>
        <source>%1: no layer named "%2" in this file</source>
        <translation>%1 : aucune couche nommée « %2 » dans ce fichier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>layer "%1" (%2 files)</source>
        <translation>couche « %1 » (%2 fichiers)</translation>
    </message>
    <message>
        <source>%2: the layer "%1" has no feature: there is nothing to map</source>
        <translation>%2 : la couche « %1 » ne contient aucune entité : il n'y a rien à cartographier</translation>
    </message>
    <message>
        <source>%1: no COG code field found; name it with --code-field (zones are then found from positions)</source>
        <translation>%1 : aucun champ de code COG trouvé ; indiquez-le avec --code-field (les zones sont alors déduites des positions)</translation>
    </message>
    <message>
        <source>%1: no COG code field found; choose the code field in the layer's properties (zones are then found from positions)</source>
        <translation>%1 : aucun champ de code COG trouvé ; choisissez le champ de code dans les propriétés de la couche (les zones sont alors déduites des positions)</translation>
    </message>
    <message>
        <source>%2: %1 features repeat a code that an earlier feature already has</source>
        <translation>%2 : %1 entités reprennent un code déjà porté par une entité précédente</translation>
    </message>
    <message>
        <source>%2: %1 features have no geometry (null or empty): they are kept, unmapped</source>
        <translation>%2 : %1 entités n'ont pas de géométrie (nulle ou vide) : elles sont conservées, sans être cartographiées</translation>
    </message>
    <message>
        <source>%2: %1 features hold points or lines instead of polygons: they are kept, unmapped</source>
        <translation>%2 : %1 entités contiennent des points ou des lignes au lieu de polygones : elles sont conservées, sans être cartographiées</translation>
    </message>
    <message>
        <source>%2: %1 invalid geometries (self-intersections, bad rings) were repaired</source>
        <translation>%2 : %1 géométries invalides (auto-intersections, anneaux incorrects) ont été réparées</translation>
    </message>
    <message>
        <source>%2: %1 invalid geometries could not be repaired: they are kept, unmapped</source>
        <translation>%2 : %1 géométries invalides n'ont pas pu être réparées : elles sont conservées, sans être cartographiées</translation>
    </message>
    <message>
        <source>the inset layout is not valid JSON</source>
        <translation>la disposition des encarts n'est pas un JSON valide</translation>
    </message>
    <message>
        <source>the inset layout has an entry that is not an object</source>
        <translation>la disposition des encarts contient une entrée qui n'est pas un objet</translation>
    </message>
    <message>
        <source>the inset layout has an entry that is not a DROM inset</source>
        <translation>la disposition des encarts contient une entrée qui n'est pas un encart de DROM</translation>
    </message>
    <message>
        <source>cannot create the table lumiere_layers</source>
        <translation>impossible de créer la table lumiere_layers</translation>
    </message>
    <message>
        <source>cannot create the layer "%1"</source>
        <translation>impossible de créer la couche « %1 »</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>cannot write feature %1 of "%2"</source>
        <translation>impossible d'écrire l'entité %1 de « %2 »</translation>
    </message>
    <message>
        <source>cannot commit the layer</source>
        <translation>impossible de valider la couche</translation>
    </message>
    <message>
        <source>cannot describe the layer</source>
        <translation>impossible de décrire la couche</translation>
    </message>
    <message>
        <source>closing the new file failed</source>
        <translation>la fermeture du nouveau fichier a échoué</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver: install libgdal32 (Debian's GDAL)</source>
        <translation>GDAL n'a pas de pilote GeoPackage : installez libgdal32 (le GDAL de Debian)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist; create it first</source>
        <translation>%1 : le dossier %2 n'existe pas ; créez-le d'abord</translation>
    </message>
    <message>
        <source>%1: cannot write in %2 (read-only folder?); choose another place</source>
        <translation>%1 : impossible d'écrire dans %2 (dossier en lecture seule ?) ; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>%1: not enough space on %2: free some space or save elsewhere; the previous file is unchanged</source>
        <translation>%1 : espace insuffisant sur %2 : libérez de l'espace ou enregistrez ailleurs ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>%1: save cancelled; the previous file is unchanged</source>
        <translation>%1 : enregistrement annulé ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>%2 (GDAL: %1)</source>
        <translation>%2 (GDAL : %1)</translation>
    </message>
    <message>
        <source>%1: %2; the previous file is unchanged</source>
        <translation>%1 : %2 ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>%1: could not flush the new file to disk (%2); the previous file is unchanged</source>
        <translation>%1 : impossible d'écrire le nouveau fichier sur le disque (%2) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>%1: could not replace the file (%2); the previous file is unchanged</source>
        <translation>%1 : impossible de remplacer le fichier (%2) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>style: %1</source>
        <translation>style : %1</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>couche %1 : %2</translation>
    </message>
    <message>
        <source>"%1" is not a colour (use #rrggbb)</source>
        <translation>« %1 » n'est pas une couleur (utilisez #rrggbb)</translation>
    </message>
    <message>
        <source>"kind" must be single, categorized, graduated or proportional</source>
        <translation>« kind » doit valoir single, categorized, graduated ou proportional</translation>
    </message>
    <message>
        <source>"fill_mode" must be solid, outline or hatched</source>
        <translation>« fill_mode » doit valoir solid, outline ou hatched</translation>
    </message>
    <message>
        <source>"method" must be quantiles, jenks, equal, stddev, q6, headtail or manual</source>
        <translation>« method » doit valoir quantiles, jenks, equal, stddev, q6, headtail ou manual</translation>
    </message>
    <message>
        <source>a %1 style needs a "field"</source>
        <translation>un style %1 doit indiquer un « field »</translation>
    </message>
    <message>
        <source>not a valid style: %1 at character %2</source>
        <translation>style non valide : %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a style: a JSON object is expected</source>
        <translation>ce n'est pas un style : un objet JSON est attendu</translation>
    </message>
    <message>
        <source>not a valid map document: %1 at character %2</source>
        <translation>document de carte non valide : %1 au caractère %2</translation>
    </message>
    <message>
        <source>not a map document: a JSON object is expected</source>
        <translation>ce n'est pas un document de carte : un objet JSON est attendu</translation>
    </message>
    <message>
        <source>not a map document: the key "lumiere_map" is missing</source>
        <translation>ce n'est pas un document de carte : la clé « lumiere_map » est absente</translation>
    </message>
    <message>
        <source>this map document was written by a newer Lumière: update Lumière to open it</source>
        <translation>ce document de carte a été écrit par une version plus récente de Lumière : mettez à jour Lumière pour l'ouvrir</translation>
    </message>
    <message>
        <source>map document: %1</source>
        <translation>document de carte : %1</translation>
    </message>
    <message>
        <source>the map "%1" of the project: %2</source>
        <translation>la carte « %1 » du projet : %2</translation>
    </message>
    <message>
        <source>the project has no map "%1"; its maps are: %2</source>
        <translation>le projet n'a pas de carte « %1 » ; ses cartes sont : %2</translation>
    </message>
    <message>
        <source>the map's layer "%1" draws "%2", which the project does not have</source>
        <translation>la couche « %1 » de la carte dessine « %2 », que le projet ne contient pas</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>aucun usage</translation>
    </message>
    <message>
        <source>layer "%1": no text column named "%2"; its columns are: %3</source>
        <translation>couche « %1 » : aucune colonne de texte nommée « %2 » ; ses colonnes sont : %3</translation>
    </message>
    <message>
        <source>layer "%1": no numeric column named "%2"; its columns are: %3</source>
        <translation>couche « %1 » : aucune colonne numérique nommée « %2 » ; ses colonnes sont : %3</translation>
    </message>
    <message>
        <source>layer "%1": no text column named "%2"; its columns are: (none)</source>
        <translation>couche « %1 » : aucune colonne de texte nommée « %2 » ; ses colonnes sont : (aucune)</translation>
    </message>
    <message>
        <source>layer "%1": no numeric column named "%2"; its columns are: (none)</source>
        <translation>couche « %1 » : aucune colonne numérique nommée « %2 » ; ses colonnes sont : (aucune)</translation>
    </message>
    <message>
        <source>layer "%1", column "%2": %3</source>
        <translation>couche « %1 », colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>layer "%1": the ramp %2 has no %3-class version (at most %4); choose fewer classes or another ramp</source>
        <translation>couche « %1 » : la palette %2 n'a pas de version à %3 classes (%4 au plus) ; choisissez moins de classes ou une autre palette</translation>
    </message>
    <message>
        <source>manual classes need 1 to 8 break values (2 to 9 classes), %1 were given; add or remove breaks</source>
        <translation>les classes manuelles demandent de 1 à 8 seuils (2 à 9 classes), %1 ont été donnés ; ajoutez ou retirez des seuils</translation>
    </message>
    <message>
        <source>manual break %1 is not a number; enter a number</source>
        <translation>le seuil manuel %1 n'est pas un nombre ; saisissez un nombre</translation>
    </message>
    <message>
        <source>manual breaks must increase: %1 comes after %2; sort them and remove duplicates</source>
        <translation>les seuils manuels doivent être croissants : %1 vient après %2 ; triez-les et supprimez les doublons</translation>
    </message>
    <message>
        <source>manual break %1 is outside the values (%2 to %3); choose breaks strictly between the minimum and the maximum</source>
        <translation>le seuil manuel %1 est hors des valeurs (%2 à %3) ; choisissez des seuils strictement compris entre le minimum et le maximum</translation>
    </message>
    <message>
        <source>the number of classes must be between 3 and 9, not %1; choose a number in that range</source>
        <translation>le nombre de classes doit être compris entre 3 et 9, et non %1 ; choisissez un nombre dans cet intervalle</translation>
    </message>
    <message>
        <source>there is no value to classify (%1 features, all without data); choose a field that has values</source>
        <translation>il n'y a aucune valeur à classer (%1 entités, toutes sans donnée) ; choisissez un champ qui a des valeurs</translation>
    </message>
    <message>
        <source>%1: unknown output format; name the file .png, .svg or .pdf</source>
        <translation>%1 : format de sortie inconnu ; nommez le fichier .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: the PNG could not be written</source>
        <translation>%1 : le PNG n'a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: the file could not be saved (%2); is the disk full?</source>
        <translation>%1 : le fichier n'a pas pu être enregistré (%2) ; le disque est-il plein ?</translation>
    </message>
    <message>
        <source>The usage id "%1" is not valid: use lower-case letters, digits and '_' only.</source>
        <translation>L'identifiant d'usage « %1 » n'est pas valide : n'utilisez que des lettres minuscules, des chiffres et « _ ».</translation>
    </message>
    <message>
        <source>The usage "%1" already exists: choose another id.</source>
        <translation>L'usage « %1 » existe déjà : choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>The usage "%1" has no label: give it one.</source>
        <translation>L'usage « %1 » n'a pas de libellé : donnez-lui-en un.</translation>
    </message>
    <message>
        <source>A structure needs an id: give it one.</source>
        <translation>Une structure doit avoir un identifiant : donnez-lui-en un.</translation>
    </message>
    <message>
        <source>The structure id "%1" is already taken: choose another id.</source>
        <translation>L'identifiant de structure « %1 » est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The id of the structure "%1" cannot be changed: make a new structure instead.</source>
        <translation>L'identifiant de la structure « %1 » ne peut pas être modifié : créez plutôt une nouvelle structure.</translation>
    </message>
    <message>
        <source>The structure "%1" has no name: give it one.</source>
        <translation>La structure « %1 » n'a pas de nom : donnez-lui-en un.</translation>
    </message>
    <message>
        <source>The SIREN "%1" of the structure "%2" is not nine digits: correct it or leave it empty.</source>
        <translation>Le SIREN « %1 » de la structure « %2 » ne compte pas neuf chiffres : corrigez-le ou laissez-le vide.</translation>
    </message>
    <message>
        <source>The seat commune "%1" of the structure "%2" is not a current commune of the COG: give its current code.</source>
        <translation>La commune siège « %1 » de la structure « %2 » n'est pas une commune actuelle du COG : indiquez son code actuel.</translation>
    </message>
    <message>
        <source>The structure "%1" names the usage "%2", which is not in the catalogue: add the usage first.</source>
        <translation>La structure « %1 » cite l'usage « %2 », absent du catalogue : ajoutez d'abord cet usage.</translation>
    </message>
    <message>
        <source>The structure "%1" names the usage "%2" twice: keep it once.</source>
        <translation>La structure « %1 » cite deux fois l'usage « %2 » : ne le gardez qu'une fois.</translation>
    </message>
    <message>
        <source>The structure "%1" must keep offering "%2", which its member %3 subscribes: remove that subscription first.</source>
        <translation>La structure « %1 » doit continuer à proposer « %2 », auquel son membre %3 a souscrit : supprimez d'abord cette souscription.</translation>
    </message>
    <message>
        <source>There is no structure "%1" to remove.</source>
        <translation>Il n'y a pas de structure « %1 » à supprimer.</translation>
    </message>
    <message>
        <source>There is no structure "%1" to edit.</source>
        <translation>Il n'y a pas de structure « %1 » à modifier.</translation>
    </message>
    <message>
        <source>There is no structure "%1": add it before its members.</source>
        <translation>Il n'y a pas de structure « %1 » : ajoutez-la avant ses membres.</translation>
    </message>
    <message>
        <source>The commune code "%1" is not in the COG: check the code (five characters, as 01001 or 2A004).</source>
        <translation>Le code commune « %1 » n'est pas dans le COG : vérifiez le code (cinq caractères, comme 01001 ou 2A004).</translation>
    </message>
    <message>
        <source>The commune "%1" is no longer a current commune: name its current commune %2.</source>
        <translation>La commune « %1 » n'est plus une commune actuelle : indiquez sa commune actuelle, %2.</translation>
    </message>
    <message>
        <source>The commune "%1" is no longer a current commune: name its current commune instead.</source>
        <translation>La commune « %1 » n'est plus une commune actuelle : indiquez plutôt sa commune actuelle.</translation>
    </message>
    <message>
        <source>There is no EPCI of SIREN "%1" in the COG: check the SIREN.</source>
        <translation>Le COG ne contient aucun EPCI de SIREN « %1 » : vérifiez le SIREN.</translation>
    </message>
    <message>
        <source>There is no département "%1" in the COG: check the code (as 01, 2A or 974).</source>
        <translation>Le COG ne contient aucun département « %1 » : vérifiez le code (comme 01, 2A ou 974).</translation>
    </message>
    <message>
        <source>The structure "%1" already has the member %2: edit that membership instead.</source>
        <translation>La structure « %1 » a déjà le membre %2 : modifiez plutôt cette adhésion.</translation>
    </message>
    <message>
        <source>The date "%1" is not a date as 2024-01-31: correct it.</source>
        <translation>La date « %1 » n'est pas une date au format 2024-01-31 : corrigez-la.</translation>
    </message>
    <message>
        <source>The membership of %1 in "%2" ends (%3) before it begins (%4): correct the dates.</source>
        <translation>L'adhésion de %1 à « %2 » se termine (%3) avant de commencer (%4) : corrigez les dates.</translation>
    </message>
    <message>
        <source>The membership of %1 names the usage "%2", which is not in the catalogue: add the usage first.</source>
        <translation>L'adhésion de %1 cite l'usage « %2 », absent du catalogue : ajoutez d'abord cet usage.</translation>
    </message>
    <message>
        <source>The membership of %1 names the usage "%2" twice: keep it once.</source>
        <translation>L'adhésion de %1 cite deux fois l'usage « %2 » : ne le gardez qu'une fois.</translation>
    </message>
    <message>
        <source>The structure "%1" does not offer "%2", so %3 cannot subscribe it: add it to the structure's usages first.</source>
        <translation>La structure « %1 » ne propose pas « %2 », %3 ne peut donc pas y souscrire : ajoutez-le d'abord aux usages de la structure.</translation>
    </message>
    <message>
        <source>The structure "%1" has no member %2 to remove.</source>
        <translation>La structure « %1 » n'a pas de membre %2 à retirer.</translation>
    </message>
    <message>
        <source>The commune "%1" of an indicator value is not a current commune of the COG: give its current code.</source>
        <translation>La commune « %1 » d'une valeur d'indicateur n'est pas une commune actuelle du COG : indiquez son code actuel.</translation>
    </message>
    <message>
        <source>The usage "%1" of an indicator value is not in the catalogue: add the usage first.</source>
        <translation>L'usage « %1 » d'une valeur d'indicateur est absent du catalogue : ajoutez d'abord cet usage.</translation>
    </message>
    <message>
        <source>The vintage %1 of the value of %2 is not a year between 1990 and 2100: correct it.</source>
        <translation>Le millésime %1 de la valeur de %2 n'est pas une année comprise entre 1990 et 2100 : corrigez-le.</translation>
    </message>
    <message>
        <source>The value of %1 for "%2" says neither whether it is adopted nor its level: give one of them.</source>
        <translation>La valeur de %1 pour « %2 » n'indique ni si l'usage est adopté ni son niveau : renseignez l'un des deux.</translation>
    </message>
    <message>
        <source>The level of %1 for "%2" is not between 0 and 1: give a rate (50 % is 0.5).</source>
        <translation>Le niveau de %1 pour « %2 » n'est pas compris entre 0 et 1 : indiquez un taux (50 % s'écrit 0,5).</translation>
    </message>
    <message>
        <source>The adoption date "%1" of %2 is not a date as 2024-01-31: correct it.</source>
        <translation>La date d'adoption « %1 » de %2 n'est pas une date au format 2024-01-31 : corrigez-la.</translation>
    </message>
    <message>
        <source>The commune %1 has two values for "%2" in %3: keep one.</source>
        <translation>La commune %1 a deux valeurs pour « %2 » en %3 : n'en gardez qu'une.</translation>
    </message>
    <message>
        <source>Population strata must start at 0 inhabitants: add 0 as the first bound.</source>
        <translation>Les strates de population doivent commencer à 0 habitant : ajoutez 0 comme première borne.</translation>
    </message>
    <message>
        <source>Population strata bounds must increase: %1 comes after %2.</source>
        <translation>Les bornes des strates de population doivent être croissantes : %1 vient après %2.</translation>
    </message>
    <message>
        <source>There is no structure "%1" to draw.</source>
        <translation>Il n'y a pas de structure « %1 » à dessiner.</translation>
    </message>
    <message>
        <source>GEOS could not gather the communes of the footprint.</source>
        <translation>GEOS n'a pas pu rassembler les communes de l'emprise.</translation>
    </message>
    <message>
        <source>GEOS could not compute the union of the communes of the footprint: check the layer's geometries.</source>
        <translation>GEOS n'a pas pu calculer l'union des communes de l'emprise : vérifiez les géométries de la couche.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n'y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Add the usage %1</source>
        <translation>l'ajout de l'usage %1</translation>
    </message>
    <message>
        <source>Add the structure %1</source>
        <translation>l'ajout de la structure %1</translation>
    </message>
    <message>
        <source>Remove the structure %1</source>
        <translation>la suppression de la structure %1</translation>
    </message>
    <message>
        <source>Edit the structure %1</source>
        <translation>la modification de la structure %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>l'ajout de %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>le retrait de %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 indicator values</source>
        <translation>la saisie de %1 valeurs d'indicateur</translation>
    </message>
    <message>
        <source>Import structures</source>
        <translation>l'import des structures</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>l'import de %1</translation>
    </message>
    <message>
        <source>cannot create the table %1</source>
        <translation>impossible de créer la table %1</translation>
    </message>
    <message>
        <source>cannot create the column %1 of %2</source>
        <translation>impossible de créer la colonne %1 de %2</translation>
    </message>
    <message>
        <source>cannot write a row of the table %1</source>
        <translation>impossible d'écrire une ligne de la table %1</translation>
    </message>
    <message>
        <source>cannot commit the project tables</source>
        <translation>impossible de valider les tables du projet</translation>
    </message>
    <message>
        <source>a layer has no name; name it</source>
        <translation>une couche n'a pas de nom ; nommez-la</translation>
    </message>
    <message>
        <source>the layer name "%1" is a table of the project file; rename the layer</source>
        <translation>le nom de couche « %1 » est celui d'une table du fichier de projet ; renommez la couche</translation>
    </message>
    <message>
        <source>two layers are named "%1"; rename one of them</source>
        <translation>deux couches sont nommées « %1 » ; renommez l'une d'elles</translation>
    </message>
    <message>
        <source>two documents of kind "%1" are named "%2"; rename one of them</source>
        <translation>deux documents de type « %1 » sont nommés « %2 » ; renommez l'un d'eux</translation>
    </message>
    <message>
        <source>%1: not saved, %2</source>
        <translation>%1 : non enregistré, %2</translation>
    </message>
    <message>
        <source>%1: not saved, this project was opened read-only; save it under another name</source>
        <translation>%1 : non enregistré, ce projet a été ouvert en lecture seule ; enregistrez-le sous un autre nom</translation>
    </message>
    <message>
        <source>%1, so it was not saved over; save under another name</source>
        <translation>%1, le fichier n'a donc pas été remplacé ; enregistrez sous un autre nom</translation>
    </message>
    <message>
        <source>%1, so it was not saved; save it elsewhere</source>
        <translation>%1, le projet n'a donc pas été enregistré ; enregistrez-le ailleurs</translation>
    </message>
    <message>
        <source>%1: no such file; check the path</source>
        <translation>%1 : fichier introuvable ; vérifiez le chemin</translation>
    </message>
    <message>
        <source>%1 is a folder; open a project file (.gpkg)</source>
        <translation>%1 est un dossier ; ouvrez un fichier de projet (.gpkg)</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage; open a project file saved by Lumière</source>
        <translation>%1 n'est pas un GeoPackage ; ouvrez un fichier de projet enregistré par Lumière</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Lumière project (it has no %2 table); add it as a map layer instead, or open a project saved by Lumière</source>
        <translation>%1 est un GeoPackage mais pas un projet Lumière (il n'a pas de table %2) ; ajoutez-le plutôt comme couche de la carte, ou ouvrez un projet enregistré par Lumière</translation>
    </message>
    <message>
        <source>%1: the table %2 gives no valid schema_version (a whole number from 1), the file is damaged; open a backup copy</source>
        <translation>%1 : la table %2 ne donne pas de schema_version valide (un nombre entier à partir de 1), le fichier est endommagé ; ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Lumière (schema %2, this one reads up to %3): update Lumière</source>
        <translation>%1 a été créé par une version plus récente de Lumière (schéma %2, celle-ci lit jusqu'au schéma %3) : mettez à jour Lumière</translation>
    </message>
    <message>
        <source>%1: cannot bring the file from schema %2 to %3 (%4); open it with the Lumière that made it</source>
        <translation>%1 : impossible de faire passer le fichier du schéma %2 au schéma %3 (%4) ; ouvrez-le avec le Lumière qui l'a créé</translation>
    </message>
    <message>
        <source>%1: the table %2 of the project is missing, the file is damaged; open a backup copy</source>
        <translation>%1 : la table %2 du projet est absente, le fichier est endommagé ; ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1: the table %2 has lost its column %3, the file is damaged; open a backup copy</source>
        <translation>%1 : la table %2 a perdu sa colonne %3, le fichier est endommagé ; ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1: row %2 of the table %3 %4; correct that row (in QGIS, for instance) or open a backup copy</source>
        <translation>%1 : la ligne %2 de la table %3 %4 ; corrigez cette ligne (dans QGIS, par exemple) ou ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>has no code</source>
        <translation>n'a pas de code</translation>
    </message>
    <message>
        <source>has the type "%1", not one of %2</source>
        <translation>a le type « %1 », qui n'est pas l'un des suivants : %2</translation>
    </message>
    <message>
        <source>repeats the current commune %1</source>
        <translation>répète la commune actuelle %1</translation>
    </message>
    <message>
        <source>has no valid population (a whole number from 0)</source>
        <translation>n'a pas de population valide (un nombre entier à partir de 0)</translation>
    </message>
    <message>
        <source>repeats the département %1</source>
        <translation>répète le département %1</translation>
    </message>
    <message>
        <source>repeats the région %1</source>
        <translation>répète la région %1</translation>
    </message>
    <message>
        <source>has no SIREN in its column code</source>
        <translation>n'a pas de SIREN dans sa colonne code</translation>
    </message>
    <message>
        <source>repeats the EPCI %1</source>
        <translation>répète l'EPCI %1</translation>
    </message>
    <message>
        <source>has the kind "%1", not one of %2</source>
        <translation>a la nature « %1 », qui n'est pas l'une des suivantes : %2</translation>
    </message>
    <message>
        <source>has the member kind "%1", not one of %2</source>
        <translation>a le type de membre « %1 », qui n'est pas l'un des suivants : %2</translation>
    </message>
    <message>
        <source>repeats the member %1 of the structure "%2"</source>
        <translation>répète le membre %1 de la structure « %2 »</translation>
    </message>
    <message>
        <source>has no vintage (a year)</source>
        <translation>n'a pas de millésime (une année)</translation>
    </message>
    <message>
        <source>says "%1" for adopted, not 1 (yes), 0 (no) or nothing</source>
        <translation>indique « %1 » pour adopted, au lieu de 1 (oui), 0 (non) ou rien</translation>
    </message>
    <message>
        <source>has a level that is not a number</source>
        <translation>a un niveau qui n'est pas un nombre</translation>
    </message>
    <message>
        <source>repeats the value of %1 for "%2" in %3</source>
        <translation>répète la valeur de %1 pour « %2 » en %3</translation>
    </message>
    <message>
        <source>has an inset layout that cannot be read (%1)</source>
        <translation>a une disposition des encarts illisible (%1)</translation>
    </message>
    <message>
        <source>repeats the document "%1" of kind "%2"</source>
        <translation>répète le document « %1 » de type « %2 »</translation>
    </message>
    <message>
        <source>breaks the model (%1)</source>
        <translation>enfreint les règles du modèle (%1)</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>l'ouverture du projet</translation>
    </message>
    <message>
        <source>%1 was opened read-only</source>
        <translation>%1 a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 is being edited by another Lumière</source>
        <translation>%1 est en cours de modification dans un autre Lumière</translation>
    </message>
    <message>
        <source>%1 is already open for editing in this Lumière</source>
        <translation>%1 est déjà ouvert en modification dans ce Lumière</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (%2)</source>
        <translation>%1 ne peut pas être verrouillé pour modification (%2)</translation>
    </message>
    <message>
        <source>The vintage %1 is not a year between 1990 and 2100: give another.</source>
        <translation>Le millésime %1 n'est pas une année comprise entre 1990 et 2100 : indiquez-en un autre.</translation>
    </message>
    <message>
        <source>The sample data is missing in %1 (boundaries/communes, boundaries/departements-avec-outre-mer.geojson, cog/): run scripts/fetch-data or give the data folder.</source>
        <translation>Les données d'exemple sont absentes de %1 (boundaries/communes, boundaries/departements-avec-outre-mer.geojson, cog/) : lancez scripts/fetch-data ou indiquez le dossier des données.</translation>
    </message>
    <message>
        <source>The boundaries in %1 hold no commune or no département layer the COG knows: run scripts/fetch-data again.</source>
        <translation>Les limites de %1 ne contiennent aucune couche de communes ou aucune couche de départements connue du COG : relancez scripts/fetch-data.</translation>
    </message>
    <message>
        <source>The demo project could not be built: %1</source>
        <translation>Le projet de démonstration n'a pas pu être construit : %1</translation>
    </message>
    <message>
        <source>cannot open %1: check that the file exists and can be read</source>
        <translation>impossible d'ouvrir %1 : vérifiez que le fichier existe et qu'il peut être lu</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line; export the table again</source>
        <translation>%1 est vide : il n'a pas de ligne d'en-tête ; exportez de nouveau le tableau</translation>
    </message>
    <message>
        <source>%1, line %2: a line longer than 4 MiB: this is not a table of text; export the sheet as CSV and try again</source>
        <translation>%1, ligne %2 : une ligne de plus de 4 Mio : ce n'est pas un tableau texte ; exportez la feuille au format CSV et réessayez</translation>
    </message>
    <message>
        <source>%1, line %2: binary content (control characters): this is not a text table; export the sheet as CSV and try again</source>
        <translation>%1, ligne %2 : contenu binaire (caractères de contrôle) : ce n'est pas un tableau texte ; exportez la feuille au format CSV et réessayez</translation>
    </message>
    <message>
        <source>%1, line %2: bytes that are neither UTF-8 nor Windows-1252: this looks like binary content; save the file as CSV in UTF-8</source>
        <translation>%1, ligne %2 : des octets qui ne sont ni de l'UTF-8 ni du Windows-1252 : le contenu semble binaire ; enregistrez le fichier au format CSV en UTF-8</translation>
    </message>
    <message>
        <source>%1, line %2: bytes that are not UTF-8 although the file began as UTF-8; save the whole file in one encoding (UTF-8) and try again</source>
        <translation>%1, ligne %2 : des octets qui ne sont pas de l'UTF-8 alors que le fichier commençait en UTF-8 ; enregistrez tout le fichier dans un seul encodage (UTF-8) et réessayez</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field longer than 4 MiB: a closing quote is probably missing; check the quotes of this row</source>
        <translation>%1, ligne %2 : un champ entre guillemets de plus de 4 Mio : un guillemet fermant manque sans doute ; vérifiez les guillemets de cette ligne</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field opened here is never closed (the file ends inside it): the file may be truncated; check the quotes of this row</source>
        <translation>%1, ligne %2 : un champ entre guillemets ouvert ici n'est jamais fermé (le fichier se termine à l'intérieur) : le fichier est peut-être tronqué ; vérifiez les guillemets de cette ligne</translation>
    </message>
    <message>
        <source>%1 has no sheet: export the table again</source>
        <translation>%1 ne contient aucune feuille : exportez de nouveau le tableau</translation>
    </message>
    <message>
        <source>%1 is empty: its first sheet has no header line; export the table again</source>
        <translation>%1 est vide : sa première feuille n'a pas de ligne d'en-tête ; exportez de nouveau le tableau</translation>
    </message>
    <message>
        <source>%1, after line %2: %3; check the file or export it as CSV</source>
        <translation>%1, après la ligne %2 : %3 ; vérifiez le fichier ou exportez-le au format CSV</translation>
    </message>
    <message>
        <source>%1 changed while it was read; import it again</source>
        <translation>%1 a été modifié pendant sa lecture ; importez-le de nouveau</translation>
    </message>
    <message>
        <source>%1: sum of %2 rows</source>
        <translation>%1 : somme de %2 lignes</translation>
    </message>
    <message>
        <source>%1: sum of %2 rows (%3 missing)</source>
        <translation>%1 : somme de %2 lignes (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: mean weighted by COG population of %2 rows</source>
        <translation>%1 : moyenne de %2 lignes pondérée par la population du COG</translation>
    </message>
    <message>
        <source>%1: mean weighted by COG population of %2 rows (%3 missing)</source>
        <translation>%1 : moyenne de %2 lignes pondérée par la population du COG (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: plain mean of %2 rows, not weighted (the COG has no population for old communes)</source>
        <translation>%1 : moyenne simple de %2 lignes, non pondérée (le COG ne donne pas de population aux anciennes communes)</translation>
    </message>
    <message>
        <source>%1: plain mean of %2 rows, not weighted (the COG has no population for old communes) (%3 missing)</source>
        <translation>%1 : moyenne simple de %2 lignes, non pondérée (le COG ne donne pas de population aux anciennes communes) (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: yes, because at least one of %2 members adopted</source>
        <translation>%1 : oui, car au moins un des %2 membres l'a adopté</translation>
    </message>
    <message>
        <source>%1: yes, because at least one of %2 members adopted (%3 missing)</source>
        <translation>%1 : oui, car au moins un des %2 membres l'a adopté (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: yes for all %2 members</source>
        <translation>%1 : oui pour les %2 membres</translation>
    </message>
    <message>
        <source>%1: yes for all %2 members (%3 missing)</source>
        <translation>%1 : oui pour les %2 membres (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: no for all %2 members</source>
        <translation>%1 : non pour les %2 membres</translation>
    </message>
    <message>
        <source>%1: no for all %2 members (%3 missing)</source>
        <translation>%1 : non pour les %2 membres (%3 sans valeur)</translation>
    </message>
    <message>
        <source>%1: members disagree, kept "%2" of line %3</source>
        <translation>%1 : les membres divergent, valeur « %2 » de la ligne %3 retenue</translation>
    </message>
    <message>
        <source>one membership of %1: usages united, since %2 (the earliest), until %3 (the latest)</source>
        <translation>une seule adhésion à %1 : usages réunis, début le %2 (le plus ancien), fin le %3 (la plus tardive)</translation>
    </message>
    <message>
        <source>one membership of %1: usages united, since %2 (the earliest), until open (the latest)</source>
        <translation>une seule adhésion à %1 : usages réunis, début le %2 (le plus ancien), sans date de fin (la plus tardive)</translation>
    </message>
    <message>
        <source>one membership of %1: usages united, since unknown (the earliest), until %2 (the latest)</source>
        <translation>une seule adhésion à %1 : usages réunis, début inconnu (le plus ancien), fin le %2 (la plus tardive)</translation>
    </message>
    <message>
        <source>one membership of %1: usages united, since unknown (the earliest), until open (the latest)</source>
        <translation>une seule adhésion à %1 : usages réunis, début inconnu (le plus ancien), sans date de fin (la plus tardive)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the path of a file</source>
        <translation>%1 est un dossier, pas un fichier ; indiquez le chemin d'un fichier</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file; give the path of a regular file</source>
        <translation>%1 est un tube nommé (FIFO), pas un fichier ; indiquez le chemin d'un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a device, not a file; give the path of a regular file</source>
        <translation>%1 est un périphérique, pas un fichier ; indiquez le chemin d'un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file; give the path of a regular file</source>
        <translation>%1 est une socket, pas un fichier ; indiquez le chemin d'un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied); check its permissions, or copy it where you can read it</source>
        <translation>%1 ne peut pas être lu (permission refusée) ; vérifiez ses droits, ou copiez-le là où vous pouvez le lire</translation>
    </message>
    <message>
        <source>%1 cannot be written (permission denied); check its permissions, or choose another file</source>
        <translation>%1 ne peut pas être écrit (permission refusée) ; vérifiez ses droits, ou choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 could not be read past line %2 (the disk or the network failed); copy the file to a local disk and try again</source>
        <translation>%1 n'a pas pu être lu au-delà de la ligne %2 (le disque ou le réseau a failli) ; copiez le fichier sur un disque local et réessayez</translation>
    </message>
    <message>
        <source>%1: no such folder; check the path</source>
        <translation>%1 : dossier introuvable ; vérifiez le chemin</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the path of a folder</source>
        <translation>%1 n'est pas un dossier ; indiquez le chemin d'un dossier</translation>
    </message>
    <message>
        <source>%1 is a Lumière project, which the map would replace; choose another file, or give --force to replace it</source>
        <translation>%1 est un projet Lumière, que la carte remplacerait ; choisissez un autre fichier, ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to the Lumière project %2, which the map would replace; choose another file, or give --force to replace it</source>
        <translation>%1 est un lien symbolique vers le projet Lumière %2, que la carte remplacerait ; choisissez un autre fichier, ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>%1 exists and is not a file of the format written (%2), so the map would replace something else; choose another file, or give --force to replace it</source>
        <translation>%1 existe et n'est pas un fichier du format écrit (%2) : la carte remplacerait autre chose ; choisissez un autre fichier, ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>unexpected error: %1; please report it</source>
        <translation>erreur inattendue : %1 ; merci de la signaler</translation>
    </message>
    <message>
        <source>%1 is being edited by %2 on %3 since %4</source>
        <translation>%1 est en cours de modification par %2 sur %3 depuis %4</translation>
    </message>
    <message>
        <source>%1 cannot be edited: it cannot be opened for writing (%2)</source>
        <translation>%1 ne peut pas être modifié : il ne peut pas être ouvert en écriture (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing: it does not exist</source>
        <translation>%1 ne peut pas être verrouillé pour modification : il n'existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing: it keeps being replaced</source>
        <translation>%1 ne peut pas être verrouillé pour modification : il est sans cesse remplacé</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database (SQLite: %2); check that it is a project file saved by Lumière</source>
        <translation>%1 ne peut pas être ouvert comme base de données (SQLite : %2) ; vérifiez que c'est un fichier de projet enregistré par Lumière</translation>
    </message>
    <message>
        <source>%1 is read-only for you, so nothing was saved in it; ask its owner for write access, or work on a copy</source>
        <translation>%1 est en lecture seule pour vous, rien n'y a donc été enregistré ; demandez le droit d'écriture à son propriétaire, ou travaillez sur une copie</translation>
    </message>
    <message>
        <source>%1 is read-only for you, so nothing was saved in it; use Save As to save a copy elsewhere</source>
        <translation>%1 est en lecture seule pour vous, rien n'y a donc été enregistré ; utilisez « Enregistrer sous » pour en enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <source>%1 was not saved: its folder %2 is read-only (a save writes a journal beside the file); ask for write access to the folder, or work on a copy elsewhere</source>
        <translation>%1 n'a pas été enregistré : son dossier %2 est en lecture seule (un enregistrement écrit un journal à côté du fichier) ; demandez le droit d'écriture sur le dossier, ou travaillez sur une copie ailleurs</translation>
    </message>
    <message>
        <source>%1 was not saved: its folder %2 is read-only (a save writes a journal beside the file); use Save As to save it elsewhere</source>
        <translation>%1 n'a pas été enregistré : son dossier %2 est en lecture seule (un enregistrement écrit un journal à côté du fichier) ; utilisez « Enregistrer sous » pour l'enregistrer ailleurs</translation>
    </message>
    <message>
        <source>%1 is being written by another program, so nothing was saved; try again when it has finished</source>
        <translation>%1 est en cours d'écriture par un autre programme, rien n'a donc été enregistré ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>%1 is open in another program that keeps it in WAL mode (QGIS, for instance), so nothing was saved; close it there and try again</source>
        <translation>%1 est ouvert dans un autre programme qui le tient en mode WAL (QGIS, par exemple), rien n'a donc été enregistré ; fermez-le dans ce programme et réessayez</translation>
    </message>
    <message>
        <source>%1: the changes were not saved (SQLite: %2); the project is as it was</source>
        <translation>%1 : les modifications n'ont pas été enregistrées (SQLite : %2) ; le projet est resté tel qu'il était</translation>
    </message>
    <message>
        <source>%1 cannot be read (SQLite: %2); the file looks damaged, open a backup copy</source>
        <translation>%1 ne peut pas être lu (SQLite : %2) ; le fichier semble endommagé, ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1: not enough space on %2, so nothing was saved; free some space and save again; the project is as it was</source>
        <translation>%1 : pas assez de place sur %2, rien n'a donc été enregistré ; libérez de la place et enregistrez à nouveau ; le projet est resté tel qu'il était</translation>
    </message>
    <message>
        <source>%1: row %2 of the table %3 (%4) set aside: it %5</source>
        <translation>%1 : ligne %2 de la table %3 (%4) mise de côté : elle %5</translation>
    </message>
    <message>
        <source>%1 has %2 damaged rows, set aside: it is read-only; write a repaired copy with: lumiere repair %1 --out COPY.gpkg</source>
        <translation>%1 a %2 lignes endommagées, mises de côté : il est en lecture seule ; écrivez-en une copie réparée avec : lumiere repair %1 --out COPIE.gpkg</translation>
    </message>
    <message>
        <source>%1 has %2 damaged rows, set aside: it opened read-only; save a repaired copy with Save As</source>
        <translation>%1 a %2 lignes endommagées, mises de côté : il s'est ouvert en lecture seule ; enregistrez-en une copie réparée avec « Enregistrer sous »</translation>
    </message>
    <message>
        <source>the recovery file %1 cannot be read (%2)</source>
        <translation>le fichier de récupération %1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>the recovery file %1 cannot be written (%2)</source>
        <translation>le fichier de récupération %1 ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read, the file looks damaged or cut short (%2); open a backup copy</source>
        <translation>%1 ne peut pas être lu, le fichier semble endommagé ou tronqué (%2) ; ouvrez une copie de sauvegarde</translation>
    </message>
    <message>
        <source>%1, so nothing was imported</source>
        <translation>%1, rien n'a donc été importé</translation>
    </message>
    <message>
        <source>cannot read %1 as a spreadsheet: check that the file is a complete XLSX, XLS or ODS file, or export it as CSV</source>
        <translation>impossible de lire %1 comme un classeur : vérifiez que le fichier est un fichier XLSX, XLS ou ODS complet, ou exportez-le au format CSV</translation>
    </message>
    <message>
        <source>cannot read %1 as a spreadsheet (%2): check that the file is a complete XLSX, XLS or ODS file, or export it as CSV</source>
        <translation>impossible de lire %1 comme un classeur (%2) : vérifiez que le fichier est un fichier XLSX, XLS ou ODS complet, ou exportez-le au format CSV</translation>
    </message>
    <message>
        <source>%1 has no sheet "%2"; its sheets are %3: give one of them, by name or number, with --sheet</source>
        <translation>%1 n'a pas de feuille « %2 » ; ses feuilles sont %3 : indiquez l'une d'elles, par son nom ou son numéro, avec --sheet</translation>
    </message>
    <message>
        <source>%1 has no sheet "%2"; its sheets are %3: choose one of them in the import dialog</source>
        <translation>%1 n'a pas de feuille « %2 » ; ses feuilles sont %3 : choisissez l'une d'elles dans la fenêtre d'import</translation>
    </message>
    <message>
        <source>%1 has no row %2 (its last row is %3): give the row of the column names with --header-row</source>
        <translation>%1 n'a pas de ligne %2 (sa dernière ligne est la %3) : indiquez la ligne des noms de colonnes avec --header-row</translation>
    </message>
    <message>
        <source>%1 has no row %2 (its last row is %3): choose the row of the column names in the import dialog</source>
        <translation>%1 n'a pas de ligne %2 (sa dernière ligne est la %3) : choisissez la ligne des noms de colonnes dans la fenêtre d'import</translation>
    </message>
    <message>
        <source>%1, row %2 is empty, so it cannot hold the column names: give the row of the column names with --header-row</source>
        <translation>%1, la ligne %2 est vide et ne peut donc pas porter les noms de colonnes : indiquez la ligne des noms de colonnes avec --header-row</translation>
    </message>
    <message>
        <source>%1, row %2 is empty, so it cannot hold the column names: choose the row of the column names in the import dialog</source>
        <translation>%1, la ligne %2 est vide et ne peut donc pas porter les noms de colonnes : choisissez la ligne des noms de colonnes dans la fenêtre d'import</translation>
    </message>
    <message>
        <source>%1, line %2: bytes that are not UTF-16 although the file began as UTF-16 (Unicode text); export the whole table again</source>
        <translation>%1, ligne %2 : des octets qui ne sont pas de l'UTF-16 alors que le fichier commence en UTF-16 (texte Unicode) ; exportez de nouveau tout le tableau</translation>
    </message>
    <message>
        <source>%1 has no column "%2": check the column names (line %3)</source>
        <translation>%1 n'a pas de colonne « %2 » : vérifiez les noms des colonnes (ligne %3)</translation>
    </message>
    <message>
        <source>%1 has no column "%2": check the name of the code column (line %3)</source>
        <translation>%1 n'a pas de colonne « %2 » : vérifiez le nom de la colonne des codes (ligne %3)</translation>
    </message>
    <message>
        <source>%1: no column of commune codes, neither by its name in line %2 (Code INSEE, CODGEO, DEPCOM...) nor by its values; name it with --code-column, or the header row with --header-row</source>
        <translation>%1 : aucune colonne de codes de communes, ni par son nom en ligne %2 (Code INSEE, CODGEO, DEPCOM...) ni par ses valeurs ; indiquez-la avec --code-column, ou la ligne d'en-tête avec --header-row</translation>
    </message>
    <message>
        <source>%1: no column of commune codes, neither by its name in line %2 (Code INSEE, CODGEO, DEPCOM...) nor by its values; check the row of the column names in the import dialog</source>
        <translation>%1 : aucune colonne de codes de communes, ni par son nom en ligne %2 (Code INSEE, CODGEO, DEPCOM...) ni par ses valeurs ; vérifiez la ligne des noms de colonnes dans la fenêtre d'import</translation>
    </message>
    <message>
        <source>%1: no column of members found in line %2 (membre, Code INSEE, siren_membre...) nor by its values; name one so, or give the row of the column names</source>
        <translation>%1 : aucune colonne de membres trouvée en ligne %2 (membre, Code INSEE, siren_membre...) ni par ses valeurs ; nommez ainsi une colonne, ou indiquez la ligne des noms de colonnes</translation>
    </message>
    <message>
        <source>%1: no column naming the structures found in line %2 (structure, nom_structure, id...); name one so, or give the row of the column names</source>
        <translation>%1 : aucune colonne nommant les structures trouvée en ligne %2 (structure, nom_structure, id...) ; nommez ainsi une colonne, ou indiquez la ligne des noms de colonnes</translation>
    </message>
    <message>
        <source>%1: rates written from 0 to 100 without %, divided by 100 (50 is read as 50 %)</source>
        <translation>%1 : taux écrits de 0 à 100 sans %, divisés par 100 (50 est lu comme 50 %)</translation>
    </message>
    <message>
        <source>%1: a column of ticks, so its %2 blank cells are read as no</source>
        <translation>%1 : une colonne de coches, ses %2 cellules vides sont donc lues comme « non »</translation>
    </message>
    <message>
        <source>%1: %2 cells without a value (empty, n.c., -, s.o., n.d....), left without a value</source>
        <translation>%1 : %2 cellules sans valeur (vides, n.c., -, s.o., n.d....), laissées sans valeur</translation>
    </message>
    <message>
        <source>%1: a column of ticks, so its blank cell is read as no</source>
        <translation>%1 : une colonne de coches, sa cellule vide est donc lue comme « non »</translation>
    </message>
    <message>
        <source>%1: 1 cell without a value (empty, n.c., -, s.o., n.d....), left without a value</source>
        <translation>%1 : 1 cellule sans valeur (vide, n.c., -, s.o., n.d....), laissée sans valeur</translation>
    </message>
    <message>
        <source>%1 has its column names on line %2 and no row below them: there is nothing to import; check that it is the right file</source>
        <translation>%1 a ses noms de colonnes en ligne %2 et aucune ligne en dessous : il n'y a rien à importer ; vérifiez que c'est le bon fichier</translation>
    </message>
    <message>
        <source>%1: only line %2 has a value, which is kept</source>
        <translation>%1 : seule la ligne %2 a une valeur, qui est retenue</translation>
    </message>
    <message>
        <source>structure "%1" added without members: none of its rows (the first on line %2) names a member the COG knows</source>
        <translation>structure « %1 » ajoutée sans membre : aucune de ses lignes (la première en ligne %2) ne nomme un membre connu du COG</translation>
    </message>
    <message>
        <source>%1: no two columns of commune codes found (header on line %2); a table de passage holds the old code and the new one: give --from COLUMN and --to COLUMN</source>
        <translation>%1 : pas deux colonnes de codes communes (en-tête ligne %2) ; une table de passage donne l'ancien code et le nouveau : indiquez --from COLONNE et --to COLONNE</translation>
    </message>
    <message>
        <source>%1: no two columns of commune codes found (header on line %2); a table de passage holds the old code and the new one: choose the two columns</source>
        <translation>%1 : pas deux colonnes de codes communes (en-tête ligne %2) ; une table de passage donne l'ancien code et le nouveau : choisissez les deux colonnes</translation>
    </message>
    <message>
        <source>%1: no column "%2" (the columns: %3); give the column as its header writes it</source>
        <translation>%1 : pas de colonne « %2 » (les colonnes : %3) ; indiquez la colonne comme son en-tête l'écrit</translation>
    </message>
    <message>
        <source>%1: no row gives an old commune code and a new one (columns "%2" and "%3"); check that it is a table de passage</source>
        <translation>%1 : aucune ligne ne donne un ancien code commune et un nouveau (colonnes « %2 » et « %3 ») ; vérifiez qu'il s'agit d'une table de passage</translation>
    </message>
    <message>
        <source>%1: no layer of communes (its codes match no commune of the COG); give the field of codes with --code-field NAME</source>
        <translation>%1 : aucune couche de communes (ses codes ne désignent aucune commune du COG) ; indiquez le champ des codes avec --code-field NOM</translation>
    </message>
    <message>
        <source>%1: no layer of communes (its codes match no commune of the COG); choose a file of commune boundaries</source>
        <translation>%1 : aucune couche de communes (ses codes ne désignent aucune commune du COG) ; choisissez un fichier de contours communaux</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>White zone (no structure)</source>
        <translation>Zone blanche (aucune structure)</translation>
    </message>
    <message>
        <source>1 structure</source>
        <translation>1 structure</translation>
    </message>
    <message>
        <source>2 structures</source>
        <translation>2 structures</translation>
    </message>
    <message>
        <source>3 structures or more</source>
        <translation>3 structures ou plus</translation>
    </message>
    <message>
        <source>Communes — coverage: %1</source>
        <translation>Communes — couverture : %1</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adopté</translation>
    </message>
    <message>
        <source>Communes — adoption of %1 in %2</source>
        <translation>Communes — adoption : %1 en %2</translation>
    </message>
    <message>
        <source>Communes as the boundaries draw them (before mergers)</source>
        <translation>Communes selon les contours (avant fusions)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>options inconnues : %1</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>valeur manquante après « %1 »</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>valeur inattendue après « %1 »</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>LAYER... --out FILE.png|.svg|.pdf [--size WxH] [--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels] [--cog DIR]
       lumiere render --project FILE.gpkg [--map NAME] --out FILE.png|.svg|.pdf [--size WxH] [--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels]</source>
        <translation>COUCHE... --out FICHIER.png|.svg|.pdf [--size LxH] [--extent metropole|france|CODE_DEP] [--style FICHIER_JSON] [--labels] [--cog DOSSIER]
       lumiere render --project FICHIER.gpkg [--map NOM] --out FICHIER.png|.svg|.pdf [--size LxH] [--extent metropole|france|CODE_DEP] [--style FICHIER_JSON] [--labels]</translation>
    </message>
    <message>
        <source>Draws a map headless, as PNG, SVG or PDF: map layers, or a map of a project.</source>
        <translation>Dessine une carte sans fenêtre, en PNG, SVG ou PDF : des couches cartographiques, ou une carte d'un projet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>the file to write: .png, .svg or .pdf</source>
        <translation>le fichier à écrire : .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>the size in pixels (by default 1920x1080)</source>
        <translation>la taille en pixels (par défaut 1920x1080)</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>metropole, france (by default, with the overseas insets) or a département code</source>
        <translation>metropole, france (par défaut, avec les encarts d'outre-mer) ou un code de département</translation>
    </message>
    <message>
        <source>JSON_FILE</source>
        <translation>FICHIER_JSON</translation>
    </message>
    <message>
        <source>the style of the first layer, in JSON</source>
        <translation>le style de la première couche, en JSON</translation>
    </message>
    <message>
        <source>write the names of the territories</source>
        <translation>écrire le nom des territoires</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>the COG folder, with layers (by default the data folder's cog/)</source>
        <translation>le dossier du COG, avec des couches (par défaut cog/ dans le dossier des données)</translation>
    </message>
    <message>
        <source>FILE.gpkg</source>
        <translation>FICHIER.gpkg</translation>
    </message>
    <message>
        <source>draw a map of this project instead of layers</source>
        <translation>dessiner une carte de ce projet plutôt que des couches</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>the project's map to draw (by default the project's own view)</source>
        <translation>la carte du projet à dessiner (par défaut la vue du projet)</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, from 16x16 to 20000x20000 (e.g. 1920x1080), not "%1"</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, de 16x16 à 20000x20000 (par exemple 1920x1080), et non « %1 »</translation>
    </message>
    <message>
        <source>no output file given (--out)</source>
        <translation>aucun fichier de sortie indiqué (--out)</translation>
    </message>
    <message>
        <source>give layers or --project, not both</source>
        <translation>indiquez des couches ou --project, pas les deux</translation>
    </message>
    <message>
        <source>--cog goes with layers: a project has its own COG</source>
        <translation>--cog s'emploie avec des couches : un projet a son propre COG</translation>
    </message>
    <message>
        <source>--map needs --project</source>
        <translation>--map demande --project</translation>
    </message>
    <message>
        <source>no layer given</source>
        <translation>aucune couche indiquée</translation>
    </message>
    <message>
        <source>%1: cannot open the style file</source>
        <translation>%1 : impossible d'ouvrir le fichier de style</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the map has no layer to draw</source>
        <translation>la carte ne comporte aucune couche à dessiner</translation>
    </message>
    <message>
        <source>--extent %1: no such département in the layers; use metropole, france or a département code such as 33 or 974</source>
        <translation>--extent %1 : aucun département de ce code dans les couches ; indiquez metropole, france ou un code de département comme 33 ou 974</translation>
    </message>
    <message>
        <source>write FILE even over a Lumière project or a file of another format</source>
        <translation>écrit FICHIER même par-dessus un projet Lumière ou un fichier d'un autre format</translation>
    </message>
    <message>
        <source>--map takes the name of a map of the project, not an empty name; leave --map out to draw the project's default map</source>
        <translation>--map prend le nom d'une carte du projet, pas un nom vide ; omettez --map pour dessiner la carte par défaut du projet</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>PROJECT.gpkg --out COPY.gpkg [--force]</source>
        <translation>PROJET.gpkg --out COPIE.gpkg [--force]</translation>
    </message>
    <message>
        <source>Writes a repaired copy of a project whose tables hold damaged rows (rows that break the model, e.g. after an edit in QGIS): the rows are listed and left out of the copy; the project is not changed.</source>
        <translation>Écrit une copie réparée d'un projet dont les tables contiennent des lignes endommagées (des lignes qui enfreignent le modèle, par exemple après une modification dans QGIS) : les lignes sont listées et laissées hors de la copie ; le projet n'est pas modifié.</translation>
    </message>
    <message>
        <source>COPY.gpkg</source>
        <translation>COPIE.gpkg</translation>
    </message>
    <message>
        <source>the copy to write</source>
        <translation>la copie à écrire</translation>
    </message>
    <message>
        <source>replace COPY.gpkg if it exists</source>
        <translation>remplace COPIE.gpkg s'il existe</translation>
    </message>
    <message>
        <source>give one project to repair</source>
        <translation>donnez un projet à réparer</translation>
    </message>
    <message>
        <source>no copy to write: give --out COPY.gpkg</source>
        <translation>pas de copie à écrire : donnez --out COPIE.gpkg</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it, or choose another file</source>
        <translation>%1 existe déjà ; donnez --force pour le remplacer, ou choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 damaged rows left out; the repaired copy is %2</source>
        <translation>%1 lignes endommagées laissées de côté ; la copie réparée est %2</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>stratum</source>
        <translation>strate</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>région</source>
        <translation>région</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>density class</source>
        <translation>classe de densité</translation>
    </message>
    <message>
        <source>%1 (%2), vintage %3, by %4</source>
        <translation>%1 (%2), millésime %3, par %4</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvertes</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observées</translation>
    </message>
    <message>
        <source>Adopting</source>
        <translation>Adoptantes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Pop. rate</source>
        <translation>Taux pop.</translation>
    </message>
    <message>
        <source>, ratio %1</source>
        <translation>, rapport %1</translation>
    </message>
    <message>
        <source>The adoption of a usage by group and the fracture metrics, as a table or as JSON.</source>
        <translation>Le taux d'adoption d'un usage par groupe et les mesures de la fracture, en tableau ou en JSON.</translation>
    </message>
    <message>
        <source>FILE.gpkg</source>
        <translation>FICHIER.gpkg</translation>
    </message>
    <message>
        <source>the project to read</source>
        <translation>le projet à lire</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the usage (e.g. actes)</source>
        <translation>l'usage (par exemple actes)</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GROUPES</translation>
    </message>
    <message>
        <source>the groups: strate (by default), departement, region, epci, structure or densite</source>
        <translation>les groupes : strate (par défaut), departement, region, epci, structure ou densite</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLEAU</translation>
    </message>
    <message>
        <source>INSEE's grille communale de densité (CSV, XLSX, ODS), with --by densite</source>
        <translation>la grille communale de densité de l'Insee (CSV, XLSX, ODS), avec --by densite</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>the vintage (by default the latest)</source>
        <translation>le millésime (par défaut le plus récent)</translation>
    </message>
    <message>
        <source>write JSON instead of the table</source>
        <translation>écrire du JSON au lieu du tableau</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not "%1"</source>
        <translation>--vintage attend une année de 1990 à 2100 (par exemple --vintage 2024), et non « %1 »</translation>
    </message>
    <message>
        <source>no project: give --project FILE.gpkg</source>
        <translation>aucun projet : indiquez --project FICHIER.gpkg</translation>
    </message>
    <message>
        <source>no usage: give --usage ID (e.g. --usage actes)</source>
        <translation>aucun usage : indiquez --usage ID (par exemple --usage actes)</translation>
    </message>
    <message>
        <source>--by takes strate, departement, region, epci, structure or densite, not "%1"</source>
        <translation>--by attend strate, departement, region, epci, structure ou densite, et non « %1 »</translation>
    </message>
    <message>
        <source>--density-grid goes with --by densite</source>
        <translation>--density-grid s'emploie avec --by densite</translation>
    </message>
    <message>
        <source>the project has no usage "%1" (its usages: %2)</source>
        <translation>le projet ne comporte aucun usage « %1 » (ses usages : %2)</translation>
    </message>
    <message>
        <source>the project has no value of the usage "%1": import some with lumiere import indicators</source>
        <translation>le projet ne comporte aucune valeur de l'usage « %1 » : importez-en avec lumiere import indicators</translation>
    </message>
    <message>
        <source>the project has no value of the usage "%1" for %2 (its vintages: %3)</source>
        <translation>le projet ne comporte aucune valeur de l'usage « %1 » pour %2 (ses millésimes : %3)</translation>
    </message>
    <message>
        <source>%1: the project has no commune layer to compute densities from; give INSEE's grid with --density-grid TABLE</source>
        <translation>%1 : le projet ne comporte aucune couche de communes à partir de laquelle calculer les densités ; indiquez la grille de l'Insee avec --density-grid TABLEAU</translation>
    </message>
    <message>
        <source>strata</source>
        <translation>strates</translation>
    </message>
    <message>
        <source>régions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>EPCI</source>
        <comment>plural</comment>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>density classes</source>
        <translation>classes de densité</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>%1 inh./km² and more</source>
        <translation>%1 hab./km² et plus</translation>
    </message>
    <message>
        <source>under %1 inh./km²</source>
        <translation>moins de %1 hab./km²</translation>
    </message>
    <message>
        <source>%1 to %2 inh./km²</source>
        <translation>de %1 à %2 hab./km²</translation>
    </message>
    <message>
        <source>Densely populated</source>
        <translation>Densément peuplée</translation>
    </message>
    <message>
        <source>Intermediate density</source>
        <translation>Densité intermédiaire</translation>
    </message>
    <message>
        <source>Sparsely populated</source>
        <translation>Peu dense</translation>
    </message>
    <message>
        <source>Very sparsely populated</source>
        <translation>Très peu dense</translation>
    </message>
    <message>
        <source>Large urban centres</source>
        <translation>Grands centres urbains</translation>
    </message>
    <message>
        <source>Intermediate urban centres</source>
        <translation>Centres urbains intermédiaires</translation>
    </message>
    <message>
        <source>Urban belts</source>
        <translation>Ceintures urbaines</translation>
    </message>
    <message>
        <source>Small towns</source>
        <translation>Petites villes</translation>
    </message>
    <message>
        <source>Rural towns</source>
        <translation>Bourgs ruraux</translation>
    </message>
    <message>
        <source>Rural with dispersed housing</source>
        <translation>Rural à habitat dispersé</translation>
    </message>
    <message>
        <source>Rural with very dispersed housing</source>
        <translation>Rural à habitat très dispersé</translation>
    </message>
    <message>
        <source>No structure</source>
        <translation>Aucune structure</translation>
    </message>
    <message>
        <source>No EPCI</source>
        <translation>Sans EPCI</translation>
    </message>
    <message>
        <source>Unknown density</source>
        <translation>Densité inconnue</translation>
    </message>
    <message>
        <source>Communes of metropolitan France, the DROM and the overseas collectivities: %1</source>
        <translation>Communes de France métropolitaine, des DROM et des collectivités d'outre-mer : %1</translation>
    </message>
    <message>
        <source>Communes of metropolitan France and the DROM: %1 (the %2 entities of the overseas collectivities are left out; --with-com adds them)</source>
        <translation>Communes de France métropolitaine et des DROM : %1 (les %2 entités des collectivités d'outre-mer sont laissées de côté ; --with-com les ajoute)</translation>
    </message>
    <message>
        <source>Vintages: population %1 (INSEE's legal populations, as in the COG), indicator %2</source>
        <translation>Millésimes : population %1 (populations légales de l'Insee, telles que dans le COG), indicateur %2</translation>
    </message>
    <message>
        <source>Strata: the 15 legal strata of the DGF (article L.2334-3 of the CGCT)</source>
        <translation>Strates : les 15 strates légales de la DGF (article L.2334-3 du CGCT)</translation>
    </message>
    <message>
        <source>Strata: Lumière's compact scheme (9 strata, no official source)</source>
        <translation>Strates : le découpage compact de Lumière (9 strates, sans source officielle)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Obs. pop.</source>
        <translation>Pop. obs.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>* fewer than %1 observed communes: shown, but left out of the highest and lowest and of the inequality between groups</source>
        <translation>* moins de %1 communes observées : affiché, mais exclu des plus hauts et plus bas et de l'inégalité entre groupes</translation>
    </message>
    <message>
        <source>Structures overlap: a commune covered by several structures counts in the row of each, so the rows add up to more than the %1 communes.</source>
        <translation>Les structures se chevauchent : une commune couverte par plusieurs structures compte dans la ligne de chacune, si bien que les lignes totalisent plus que les %1 communes.</translation>
    </message>
    <message>
        <source>Fracture between the smallest and the largest strata of %1 observed communes or more (rates by communes): %2 %3, %4 %5, gap %6</source>
        <translation>Fracture entre la plus petite et la plus grande strate d'au moins %1 communes observées (taux par communes) : %2 %3, %4 %5, écart %6</translation>
    </message>
    <message>
        <source>  covered %1, not covered %2, gap %3</source>
        <translation>  couvertes %1, non couvertes %2, écart %3</translation>
    </message>
    <message>
        <source>Inequality between %1 (rates by population, each weighted by its observed population; %2 groups of %3 observed communes or more):</source>
        <translation>Inégalité entre %1 (taux par population, chacun pondéré par sa population observée ; %2 groupes d'au moins %3 communes observées) :</translation>
    </message>
    <message>
        <source>  population-weighted Gini of the rates %1, coefficient of variation %2; lowest %3, highest %4; P10 %5, P90 %6, interdecile gap %7</source>
        <translation>  Gini des taux pondéré par la population %1, coefficient de variation %2 ; plus bas %3, plus haut %4 ; P10 %5, P90 %6, écart interdécile %7</translation>
    </message>
    <message>
        <source>  (The Gini is 0 when every group adopts at the same rate and grows towards 1 as adoption concentrates in some groups.)</source>
        <translation>  (Le Gini vaut 0 quand tous les groupes adoptent au même taux et tend vers 1 à mesure que l'adoption se concentre dans quelques groupes.)</translation>
    </message>
    <message>
        <source>  %1 groups under %2 observed communes left out</source>
        <translation>  %1 groupes de moins de %2 communes observées laissés de côté</translation>
    </message>
    <message>
        <source>--project FILE.gpkg --usage ID [--by strate|departement|region|epci|structure|densite] [--strata dgf|compact] [--with-com] [--density-grid TABLE] [--vintage YEAR] [--json]</source>
        <translation>--project FICHIER.gpkg --usage ID [--by strate|departement|region|epci|structure|densite] [--strata dgf|compact] [--with-com] [--density-grid TABLEAU] [--vintage ANNÉE] [--json]</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>DÉCOUPAGE</translation>
    </message>
    <message>
        <source>the population strata: dgf (by default, the 15 legal strata of article L.2334-3 of the CGCT) or compact (Lumière's 9)</source>
        <translation>les strates de population : dgf (par défaut, les 15 strates légales de l'article L.2334-3 du CGCT) ou compact (les 9 de Lumière)</translation>
    </message>
    <message>
        <source>count the entities of the overseas collectivities (COM) too; by default metropolitan France and the DROM only</source>
        <translation>compter aussi les entités des collectivités d'outre-mer (COM) ; par défaut, la France métropolitaine et les DROM seulement</translation>
    </message>
    <message>
        <source>--strata takes dgf or compact, not "%1"</source>
        <translation>--strata attend dgf ou compact, et non « %1 »</translation>
    </message>
    <message>
        <source>  1 group under %1 observed communes left out</source>
        <translation>  1 groupe de moins de %1 communes observées laissé de côté</translation>
    </message>
    <message>
        <source>Gap between strata (rates by population)</source>
        <translation>Écart entre strates (taux par population)</translation>
    </message>
    <message>
        <source>Gap between strata (rates by communes)</source>
        <translation>Écart entre strates (taux par communes)</translation>
    </message>
    <message>
        <source>Ratio between strata</source>
        <translation>Rapport entre strates</translation>
    </message>
    <message>
        <source>The adoption rate of the largest stratum of %1 observed communes or more (%2: %3) minus that of the smallest (%4: %5); positive when the large communes adopt more.</source>
        <translation>Le taux d'adoption de la plus grande strate d'au moins %1 communes observées (%2 : %3) moins celui de la plus petite (%4 : %5) ; positif quand les grandes communes adoptent davantage.</translation>
    </message>
    <message>
        <source>The rate of the largest stratum (%1) divided by that of the smallest (%2).</source>
        <translation>Le taux de la plus grande strate (%1) divisé par celui de la plus petite (%2).</translation>
    </message>
    <message>
        <source>Not defined: no observed commune of the smallest stratum (%1) adopts the usage.</source>
        <translation>Non défini : aucune commune observée de la plus petite strate (%1) n'a adopté l'usage.</translation>
    </message>
    <message>
        <source>No stratum has %1 observed communes or more: a handful of communes gives a rate of chance, so there is no gap to measure.</source>
        <translation>Aucune strate n'a au moins %1 communes observées : quelques communes donnent un taux de hasard, il n'y a donc pas d'écart à mesurer.</translation>
    </message>
    <message>
        <source>Not defined: no stratum has %1 observed communes or more.</source>
        <translation>Non défini : aucune strate n'a au moins %1 communes observées.</translation>
    </message>
    <message>
        <source>Covered minus not covered</source>
        <translation>Couvertes moins non couvertes</translation>
    </message>
    <message>
        <source>Communes covered by a structure offering the usage adopt at %1, white zones at %2; a positive gap suggests, without proving it, that pooling helps adoption.</source>
        <translation>Les communes couvertes par une structure offrant l'usage l'adoptent à %1, les zones blanches à %2 ; un écart positif suggère, sans le prouver, que la mutualisation aide l'adoption.</translation>
    </message>
    <message>
        <source>Every observed commune is covered by a structure offering the usage (they adopt at %1): there is no white zone to compare with.</source>
        <translation>Toutes les communes observées sont couvertes par une structure offrant l'usage (elles l'adoptent à %1) : il n'y a pas de zone blanche à laquelle les comparer.</translation>
    </message>
    <message>
        <source>No observed commune is covered by a structure offering the usage (they adopt at %1): there is nothing to compare with.</source>
        <translation>Aucune commune observée n'est couverte par une structure offrant l'usage (elles l'adoptent à %1) : il n'y a rien à quoi les comparer.</translation>
    </message>
    <message>
        <source>No commune is observed: there is nothing to compare.</source>
        <translation>Aucune commune n'est observée : il n'y a rien à comparer.</translation>
    </message>
    <message>
        <source>Inequality between %1</source>
        <translation>Inégalité entre %1</translation>
    </message>
    <message>
        <source>Fewer than two %1 have %2 observed communes or more: there is no inequality between them to measure.</source>
        <translation>Moins de deux %1 ont au moins %2 communes observées : il n'y a pas d'inégalité à mesurer entre eux.</translation>
    </message>
    <message>
        <source>%1 under %2 observed communes are left out.</source>
        <translation>%1 de moins de %2 communes observées sont laissés de côté.</translation>
    </message>
    <message>
        <source>Gini between %1</source>
        <translation>Gini entre %1</translation>
    </message>
    <message>
        <source>The population-weighted Gini of the adoption rates by population of %1 %2: 0 when all adopt at the same rate, growing towards 1 as adoption concentrates in some; lowest %3, highest %4.</source>
        <translation>Le Gini, pondéré par la population, des taux d'adoption par population de %1 %2 : 0 quand tous adoptent au même taux, tendant vers 1 à mesure que l'adoption se concentre dans quelques-uns ; plus bas %3, plus haut %4.</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient de variation</translation>
    </message>
    <message>
        <source>The standard deviation of the rates of the %1, weighted by their observed population, over their weighted mean.</source>
        <translation>L'écart type des taux des %1, pondéré par leur population observée, divisé par leur moyenne pondérée.</translation>
    </message>
    <message>
        <source>Interdecile gap</source>
        <translation>Écart interdécile</translation>
    </message>
    <message>
        <source>P90 (%1) minus P10 (%2): at least a tenth of the observed population lives in %3 adopting at %2 or less, and at least a tenth in %3 adopting at %1 or more.</source>
        <translation>P90 (%1) moins P10 (%2) : au moins un dixième de la population observée vit dans des %3 adoptant à %2 ou moins, et au moins un dixième dans des %3 adoptant à %1 ou plus.</translation>
    </message>
</context>
<context>
    <name>lumiere::app::HarmoniseAction</name>
    <message>
        <source>&amp;Bring boundaries onto today's COG…</source>
        <translation>&amp;Ramener des contours au COG actuel…</translation>
    </message>
    <message>
        <source>Writes commune boundaries of an earlier year as today's communes</source>
        <translation>Écrit des contours communaux d'une année antérieure en communes d'aujourd'hui</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Boundaries brought onto today's COG</source>
        <translation>Contours ramenés au COG actuel</translation>
    </message>
    <message>
        <source>Bring boundaries onto today's COG</source>
        <translation>Ramener des contours au COG actuel</translation>
    </message>
    <message>
        <source>Give the file of boundaries and the file to write.</source>
        <translation>Indiquez le fichier des contours et le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is a file to read: choose another file to write.</source>
        <translation>%1 est un fichier à lire : choisissez un autre fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 is the project open in this window: choose another file to write.</source>
        <translation>%1 est le projet ouvert dans cette fenêtre : choisissez un autre fichier à écrire.</translation>
    </message>
    <message>
        <source>Bringing %1 onto today's COG…</source>
        <translation>%1 : passage au COG actuel…</translation>
    </message>
</context>
<context>
    <name>lumiere::app::ProjectFiles</name>
    <message>
        <source>Open a project or a map file</source>
        <translation>Ouvrir un projet ou un fichier de carte</translation>
    </message>
    <message>
        <source>Lumière projects and map files (*.gpkg *.geojson *.json *.shp *.fgb);;All files (*)</source>
        <translation>Projets Lumière et fichiers de carte (*.gpkg *.geojson *.json *.shp *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Lumière projects (*.gpkg)</source>
        <translation>Projets Lumière (*.gpkg)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>%1 does not exist (any more): it may have been moved or deleted.</source>
        <translation>%1 n'existe pas (ou plus) : il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>Wait for the current task to finish, then open %1 again.</source>
        <translation>Attendez la fin de la tâche en cours, puis ouvrez %1 à nouveau.</translation>
    </message>
    <message>
        <source>Creating %1 from the communes and departments of the sample data…</source>
        <translation>Création de %1 avec les communes et les départements des données d'exemple…</translation>
    </message>
</context>
<context>
    <name>lumiere::app::ProjectSession</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>Recover them, or discard them and open the project as it was last saved?</source>
        <translation>Les récupérer, ou les abandonner et ouvrir le projet tel qu'il a été enregistré la dernière fois ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before closing?</source>
        <translation>Le projet comporte des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Lumière projects (*.gpkg)</source>
        <translation>Projets Lumière (*.gpkg)</translation>
    </message>
    <message>
        <source>Indicator column</source>
        <translation>Colonne de l'indicateur</translation>
    </message>
    <message>
        <source>Several columns hold yes/no values or rates. Which one is the indicator?</source>
        <translation>Plusieurs colonnes contiennent des valeurs oui/non ou des taux. Laquelle est l'indicateur ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Import s&amp;tructures…</source>
        <translation>Importer des s&amp;tructures…</translation>
    </message>
    <message>
        <source>Import &amp;indicators…</source>
        <translation>Importer des &amp;indicateurs…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The task stopped: %1</source>
        <translation>La tâche s'est interrompue : %1</translation>
    </message>
    <message>
        <source>%1 — Lumière</source>
        <translation>%1 — Lumière</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Read-only: %1. Save it under another name to edit it.</source>
        <translation>Lecture seule : %1. Enregistrez le projet sous un autre nom pour le modifier.</translation>
    </message>
    <message>
        <source>Updating the map…</source>
        <translation>Mise à jour de la carte…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 structures added, %2 updated, %3 memberships added.</source>
        <translation>%1 structures ajoutées, %2 mises à jour, %3 adhésions ajoutées.</translation>
    </message>
    <message>
        <source>The project has no usage "%1".</source>
        <translation>Le projet ne comporte aucun usage « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no column of yes/no values or rates to import.</source>
        <translation>%1 ne contient aucune colonne de valeurs oui/non ou de taux à importer.</translation>
    </message>
    <message>
        <source>%1 values of "%2" %3 imported from the column "%4".</source>
        <translation>%1 valeurs de « %2 » %3 importées de la colonne « %4 ».</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>Le projet n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Import structures and their members</source>
        <translation>Importer des structures et leurs membres</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <translation>Importer un indicateur</translation>
    </message>
    <message>
        <source>Lumière did not close normally while %1 had unsaved changes. They were kept in a recovery file at %2.</source>
        <translation>Lumière ne s'est pas fermé normalement alors que %1 avait des modifications non enregistrées. Elles ont été conservées dans un fichier de récupération le %2.</translation>
    </message>
    <message>
        <source>The project file was saved at %1, after these changes were kept: recovering them replaces, when you save, the same rows saved then. </source>
        <translation>Le fichier du projet a été enregistré le %1, après la conservation de ces modifications : les récupérer remplacera, à l'enregistrement, les mêmes lignes enregistrées alors. </translation>
    </message>
    <message>
        <source>Damaged rows set aside</source>
        <translation>Lignes endommagées mises de côté</translation>
    </message>
    <message>
        <source>Some rows of %1 break the rules of a project. They were set aside, so the project is open read-only; the file is left as it is. Save a repaired copy, without these rows, to edit it.</source>
        <translation>Certaines lignes de %1 enfreignent les règles d'un projet. Elles ont été mises de côté : le projet est donc ouvert en lecture seule, et le fichier est laissé tel quel. Enregistrez une copie réparée, sans ces lignes, pour le modifier.</translation>
    </message>
    <message>
        <source>&amp;Rows set aside:</source>
        <translation>&amp;Lignes mises de côté :</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>Lignes mises de côté</translation>
    </message>
    <message>
        <source>&amp;Save a repaired copy…</source>
        <translation>&amp;Enregistrer une copie réparée…</translation>
    </message>
    <message>
        <source>The unsaved changes cannot be recovered: %1. The recovery file is left in place; open the project again and discard them to open the saved file.</source>
        <translation>Les modifications non enregistrées ne peuvent pas être récupérées : %1. Le fichier de récupération est laissé en place ; rouvrez le projet et abandonnez-les pour ouvrir le fichier enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered: save the project to keep them.</source>
        <translation>Modifications non enregistrées récupérées : enregistrez le projet pour les conserver.</translation>
    </message>
    <message>
        <source>Keeping the changes for recovery…</source>
        <translation>Conservation des modifications pour la récupération…</translation>
    </message>
    <message>
        <source>The changes could not be kept for recovery: %1</source>
        <translation>Les modifications n'ont pas pu être conservées pour la récupération : %1</translation>
    </message>
    <message>
        <source>Changes kept for recovery at %1</source>
        <translation>Modifications conservées pour la récupération à %1</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Lumière</source>
        <translation>Lumière</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::AttributeTableDock</name>
    <message>
        <source>Attribute table</source>
        <translation>Table attributaire</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>&amp;Minimum :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum :</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Ex&amp;port CSV…</source>
        <translation>Ex&amp;porter en CSV…</translation>
    </message>
    <message>
        <source>Name, code…</source>
        <translation>Nom, code…</translation>
    </message>
    <message>
        <source>Keeps the rows whose code, name or text contains these words, regardless of case and accents</source>
        <translation>Garde les lignes dont le code, le nom ou un texte contient ces mots, sans tenir compte des majuscules ni des accents</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n'est pas vide</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Clear the condition on a field</source>
        <translation>Effacer la condition sur un champ</translation>
    </message>
    <message>
        <source>Attributes of the features</source>
        <translation>Attributs des entités</translation>
    </message>
    <message>
        <source>One row per feature; click a column's header to sort by it</source>
        <translation>Une ligne par entité ; cliquez sur l'en-tête d'une colonne pour trier selon elle</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>C&amp;hamp :</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>C&amp;ondition :</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <source>Export the attribute table</source>
        <translation>Exporter la table attributaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>"%1" is not a number: the condition is left out.</source>
        <translation>« %1 » n'est pas un nombre : la condition est ignorée.</translation>
    </message>
    <message>
        <source>No layer to show.</source>
        <translation>Aucune couche à afficher.</translation>
    </message>
    <message>
        <source>%1 of %2 communes</source>
        <translation>%1 sur %2 communes</translation>
    </message>
    <message>
        <source>%1 of %2 departments</source>
        <translation>%1 sur %2 départements</translation>
    </message>
    <message>
        <source>%1 of %2 features</source>
        <translation>%1 sur %2 entités</translation>
    </message>
    <message>
        <source>The table could not be written to "%1": %2. Choose a folder you can write to.</source>
        <translation>La table n'a pas pu être écrite dans « %1 » : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::AttributeTableModel</name>
    <message>
        <source>Population (inhabitants)</source>
        <translation>Population (habitants)</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <source>Density (inhabitants per km²)</source>
        <translation>Densité (habitants par km²)</translation>
    </message>
    <message>
        <source>Department (INSEE code)</source>
        <translation>Département (code Insee)</translation>
    </message>
    <message>
        <source>Column "%1" of the layer</source>
        <translation>Colonne « %1 » de la couche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The feature's code (the INSEE code of a commune or a department)</source>
        <translation>Le code de l'entité (le code Insee d'une commune ou d'un département)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The official name where the COG knows the code, else the layer's</source>
        <translation>Le nom officiel quand le COG connaît le code, sinon celui de la couche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::HarmoniseDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Bring boundaries onto today's COG</source>
        <translation>Ramener des contours au COG actuel</translation>
    </message>
    <message>
        <source>Commune boundaries of an earlier year are written as today's communes: the former communes dissolved into their commune of today, as the COG places them. Codes the COG does not know are placed by INSEE's table de passage, when given; the others are drawn as they are, hatched.</source>
        <translation>Des contours communaux d'une année antérieure sont écrits en communes d'aujourd'hui : les anciennes communes fusionnées dans leur commune d'aujourd'hui, comme le COG les place. Les codes que le COG ne connaît pas sont placés par la table de passage de l'Insee, si elle est donnée ; les autres sont dessinés tels quels, hachurés.</translation>
    </message>
    <message>
        <source>&amp;Boundaries:</source>
        <translation>&amp;Contours :</translation>
    </message>
    <message>
        <source>Browse for the boundaries</source>
        <translation>Choisir le fichier des contours</translation>
    </message>
    <message>
        <source>none: the COG alone</source>
        <translation>aucune : le COG seul</translation>
    </message>
    <message>
        <source>INSEE's table de passage (CSV, XLSX, ODS, XLS): a column of old commune codes and one of new codes</source>
        <translation>La table de passage de l'Insee (CSV, XLSX, ODS, XLS) : une colonne d'anciens codes communes et une de nouveaux codes</translation>
    </message>
    <message>
        <source>&amp;Table de passage:</source>
        <translation>&amp;Table de passage :</translation>
    </message>
    <message>
        <source>Browse for the table de passage</source>
        <translation>Choisir la table de passage</translation>
    </message>
    <message>
        <source>automatic: the first column of codes</source>
        <translation>automatique : la première colonne de codes</translation>
    </message>
    <message>
        <source>Column of the &amp;old codes:</source>
        <translation>Colonne des anciens co&amp;des :</translation>
    </message>
    <message>
        <source>automatic: the last column of codes</source>
        <translation>automatique : la dernière colonne de codes</translation>
    </message>
    <message>
        <source>Column of the &amp;new codes:</source>
        <translation>Colonne des &amp;nouveaux codes :</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Fichier à écrire :</translation>
    </message>
    <message>
        <source>Browse for the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Harmonise</source>
        <translation>&amp;Harmoniser</translation>
    </message>
    <message>
        <source>Commune boundaries</source>
        <translation>Contours communaux</translation>
    </message>
    <message>
        <source>Map files (*.gpkg *.geojson *.json *.shp *.fgb *.gml *.kml *.zip);;All files (*)</source>
        <translation>Fichiers cartographiques (*.gpkg *.geojson *.json *.shp *.fgb *.gml *.kml *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1-today.gpkg</source>
        <translation>%1-cog-actuel.gpkg</translation>
    </message>
    <message>
        <source>Table de passage</source>
        <translation>Table de passage</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Write today's communes to</source>
        <translation>Écrire les communes d'aujourd'hui dans</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in the layer</source>
        <translation>Nom dans la couche</translation>
    </message>
    <message>
        <source>What lies under the point clicked</source>
        <translation>Ce qui se trouve au point cliqué</translation>
    </message>
    <message>
        <source>One group per layer under the point, one line per attribute with its unit</source>
        <translation>Un groupe par couche au point cliqué, une ligne par attribut avec son unité</translation>
    </message>
    <message>
        <source>Click a place on the map (or press Ctrl+I for the centre of the map) to list what lies there.</source>
        <translation>Cliquez sur un lieu de la carte (ou appuyez sur Ctrl+I pour le centre de la carte) pour lister ce qui s'y trouve.</translation>
    </message>
    <message>
        <source>Nothing on the visible layers at the point clicked.</source>
        <translation>Rien sur les couches visibles au point cliqué.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::ImportDialog</name>
    <message>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>classeur Excel 97-2003</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>classeur OpenDocument</translation>
    </message>
    <message>
        <source>text in %1, columns separated by tabs</source>
        <translation>texte en %1, colonnes séparées par des tabulations</translation>
    </message>
    <message>
        <source>text in %1, columns separated by "%2"</source>
        <translation>texte en %1, colonnes séparées par « %2 »</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <translation>Importer un indicateur</translation>
    </message>
    <message>
        <source>Import structures and their members</source>
        <translation>Importer des structures et leurs membres</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>The row that names the columns, as the spreadsheet numbers it</source>
        <translation>La ligne qui nomme les colonnes, numérotée comme dans le tableur</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d'en-tête :</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage :</translation>
    </message>
    <message>
        <source>&amp;Year of the values:</source>
        <translation>Année des &amp;valeurs :</translation>
    </message>
    <message>
        <source>Automatic: the column whose header names the usage, else the only column of yes/no values or rates</source>
        <translation>Automatique : la colonne dont l'en-tête nomme l'usage, sinon la seule colonne de valeurs oui/non ou de taux</translation>
    </message>
    <message>
        <source>&amp;Column of the values:</source>
        <translation>&amp;Colonne des valeurs :</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows:</source>
        <translation>A&amp;perçu des premières lignes :</translation>
    </message>
    <message>
        <source>Why the table cannot be read</source>
        <translation>Pourquoi le tableau ne peut pas être lu</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Row numbers are the spreadsheet's. The header row is in bold; the rows above it, in grey, are not imported.</source>
        <translation>Les numéros de ligne sont ceux du tableur. La ligne d'en-tête est en gras ; les lignes au-dessus, en gris, ne sont pas importées.</translation>
    </message>
    <message>
        <source>Row numbers are the spreadsheet's. The header row is in bold.</source>
        <translation>Les numéros de ligne sont ceux du tableur. La ligne d'en-tête est en gras.</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatique)</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::MainWindow</name>
    <message>
        <source>Lumière — digital pooling of local authorities</source>
        <translation>Lumière — mutualisation numérique des collectivités</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lumière</source>
        <translation>À &amp;propos de Lumière</translation>
    </message>
    <message>
        <source>About Lumière</source>
        <translation>À propos de Lumière</translation>
    </message>
    <message>
        <source>Lumière maps the digital pooling of French local authorities.
Boundaries: IGN ADMIN EXPRESS COG; populations: INSEE.</source>
        <translation>Lumière cartographie la mutualisation numérique des collectivités territoriales.
Limites : IGN ADMIN EXPRESS COG ; populations : Insee.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>%1: %2 features</source>
        <translation>%1 : %2 entités</translation>
    </message>
    <message>
        <source>Cannot load the map</source>
        <translation>Impossible de charger la carte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom to &amp;France</source>
        <translation>Zoom sur la &amp;France</translation>
    </message>
    <message>
        <source>Overseas &amp;insets</source>
        <translation>&amp;Encarts d'outre-mer</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Échelle 1:%1</translation>
    </message>
    <message>
        <source>Zoom to the &amp;selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Identify the &amp;centre of the map</source>
        <translation>Identifier le &amp;centre de la carte</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>The &amp;map as shown (PNG, SVG, PDF)…</source>
        <translation>La &amp;carte telle qu'affichée (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.svg *.pdf)</source>
        <translation>Images et documents (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Carte exportée dans %1</translation>
    </message>
    <message>
        <source>The map was not exported</source>
        <translation>La carte n'a pas été exportée</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Find a place…</source>
        <translation>&amp;Rechercher un lieu…</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Attribute &amp;table</source>
        <translation>&amp;Table attributaire</translation>
    </message>
    <message>
        <source>The attribute &amp;table (CSV)…</source>
        <translation>La &amp;table attributaire (CSV)…</translation>
    </message>
    <message>
        <source>The table was not exported</source>
        <translation>La table n'a pas été exportée</translation>
    </message>
    <message>
        <source>Table exported to %1</source>
        <translation>Table exportée dans %1</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::MapCanvas</name>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::MapToolbar</name>
    <message>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage :</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Vintage:</source>
        <translation>Millé&amp;sime :</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>White zones</source>
        <translation>Zones blanches</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Structures' territories</source>
        <translation>Territoires des structures</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>This usage has no values imported yet.</source>
        <translation>Aucune valeur n'a encore été importée pour cet usage.</translation>
    </message>
    <message>
        <source>&amp;Previous usage</source>
        <translation>Usage &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next usage</source>
        <translation>Usage &amp;suivant</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::SearchBox</name>
    <message>
        <source>Delegated commune</source>
        <translation>Commune déléguée</translation>
    </message>
    <message>
        <source>Associated commune</source>
        <translation>Commune associée</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Search for a commune, an EPCI, a department, a structure…</source>
        <translation>Rechercher une commune, un EPCI, un département, une structure…</translation>
    </message>
    <message>
        <source>Search for a place</source>
        <translation>Rechercher un lieu</translation>
    </message>
    <message>
        <source>Type a name, a code or a postal code; the arrows choose among the places found, Enter shows the place on the map</source>
        <translation>Tapez un nom, un code ou un code postal ; les flèches choisissent parmi les lieux trouvés, Entrée montre le lieu sur la carte</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Lieux trouvés</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No place found</source>
        <translation>Aucun lieu trouvé</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>Sa&amp;ve the chart…</source>
        <translation>&amp;Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Type a name or a code</source>
        <translation>Saisir un nom ou un code</translation>
    </message>
    <message>
        <source>Adoption rate by population stratum</source>
        <translation>Taux d'adoption par strate de population</translation>
    </message>
    <message>
        <source>Adoption of covered communes and of white zones</source>
        <translation>Adoption des communes couvertes et des zones blanches</translation>
    </message>
    <message>
        <source>Fracture and inequality figures</source>
        <translation>Mesures de la fracture et de l'inégalité</translation>
    </message>
    <message>
        <source>Copies the table of strata (communes, observed, adopting, rates)</source>
        <translation>Copie le tableau des strates (communes, observées, adoptantes, taux)</translation>
    </message>
    <message>
        <source>Saves the charts as PNG or SVG</source>
        <translation>Enregistre les graphiques en PNG ou en SVG</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire :</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>statistics.png</source>
        <translation>statistiques.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>the selection (1 commune)</source>
        <translation>la sélection (1 commune)</translation>
    </message>
    <message>
        <source>the selection (%1 communes)</source>
        <translation>la sélection (%1 communes)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selection (no commune)</source>
        <translation>Sélection (aucune commune)</translation>
    </message>
    <message>
        <source>Selection (1 commune)</source>
        <translation>Sélection (1 commune)</translation>
    </message>
    <message>
        <source>Selection (%1 communes)</source>
        <translation>Sélection (%1 communes)</translation>
    </message>
    <message>
        <source>Open a project to see the statistics of its usages.</source>
        <translation>Ouvrez un projet pour voir les statistiques de ses usages.</translation>
    </message>
    <message>
        <source>Choose a usage to see its statistics.</source>
        <translation>Choisissez un usage pour voir ses statistiques.</translation>
    </message>
    <message>
        <source>%1 has no value for %2: import its indicator values of that year to see its statistics.</source>
        <translation>%1 n'a aucune valeur pour %2 : importez ses valeurs d'indicateur de cette année pour voir ses statistiques.</translation>
    </message>
    <message>
        <source>The selection holds no commune: select communes on the map.</source>
        <translation>La sélection ne contient aucune commune : sélectionnez des communes sur la carte.</translation>
    </message>
    <message>
        <source>%1 holds no current commune.</source>
        <translation>%1 ne contient aucune commune actuelle.</translation>
    </message>
    <message>
        <source>No commune of %1 has a value of %2 for %3.</source>
        <translation>Aucune commune de %1 n'a de valeur de %2 pour %3.</translation>
    </message>
    <message>
        <source>Adoption of %1 by population stratum</source>
        <translation>Adoption de %1 par strate de population</translation>
    </message>
    <message>
        <source>%1 observed communes or more</source>
        <translation>au moins %1 communes observées</translation>
    </message>
    <message>
        <source>fewer than %1 observed communes</source>
        <translation>moins de %1 communes observées</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Adoption rate (% of observed communes)</source>
        <translation>Taux d'adoption (% des communes observées)</translation>
    </message>
    <message>
        <source>France: %1</source>
        <translation>France : %1</translation>
    </message>
    <message>
        <source>Covered communes and white zones</source>
        <translation>Communes couvertes et zones blanches</translation>
    </message>
    <message>
        <source>White zones</source>
        <translation>Zones blanches</translation>
    </message>
    <message>
        <source>Covered communes</source>
        <translation>Communes couvertes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Pale bars: strata of fewer than %1 observed communes, whose rate is one of chance; they are left out of the gap and the ratio.</source>
        <translation>Barres pâles : strates de moins de %1 communes observées, dont le taux est de hasard ; elles sont exclues de l'écart et du rapport.</translation>
    </message>
    <message>
        <source>No observed commune in: %1.</source>
        <translation>Aucune commune observée dans : %1.</translation>
    </message>
    <message>
        <source>Covered communes: %1; white zones: %2</source>
        <translation>Communes couvertes : %1 ; zones blanches : %2</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Il n'y a pas de graphique à enregistrer.</translation>
    </message>
    <message>
        <source>%1: give the file the extension .png or .svg.</source>
        <translation>%1 : donnez au fichier l'extension .png ou .svg.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n'a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::StyleDialog</name>
    <message>
        <source>Layer style</source>
        <translation>Style de la couche</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <source>Density (inhabitants per km²)</source>
        <translation>Densité (habitants par km²)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Symbole unique</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Catégorisé</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Gradué</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>Symboles proportionnels</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>Contour seul</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Hachuré</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>Couleur de remplissage :</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Remplissage :</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>Couleur du contour :</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Épaisseur du contour :</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>List the values of the column, each with its own colour</source>
        <translation>Lister les valeurs de la colonne, chacune avec sa couleur</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Double-click a colour to change it, a label to rename it</source>
        <translation>Double-cliquez sur une couleur pour la changer, sur un libellé pour le renommer</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Q6 (six classes)</source>
        <translation>Q6 (six classes)</translation>
    </message>
    <message>
        <source>Head/tail breaks</source>
        <translation>Seuils tête/queue (head/tail)</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Seuils manuels</translation>
    </message>
    <message>
        <source>e.g. 50; 120,5; 300</source>
        <translation>p. ex. 50 ; 120,5 ; 300</translation>
    </message>
    <message>
        <source>The bounds between classes, separated by semicolons or spaces; decimal comma or point</source>
        <translation>Les seuils entre les classes, séparés par des points-virgules ou des espaces ; virgule ou point décimal</translation>
    </message>
    <message>
        <source>Reverse the ramp</source>
        <translation>Inverser la palette</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Seuils :</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>Palette de couleurs :</translation>
    </message>
    <message>
        <source>Largest radius:</source>
        <translation>Rayon maximal :</translation>
    </message>
    <message>
        <source>Circle colour:</source>
        <translation>Couleur des cercles :</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <source>%1 (colour-blind safe)</source>
        <translation>%1 (adaptée aux daltoniens)</translation>
    </message>
    <message>
        <source>The manual breaks must be numbers separated by semicolons, such as 50; 120,5; 300.</source>
        <translation>Les seuils manuels doivent être des nombres séparés par des points-virgules, par exemple 50 ; 120,5 ; 300.</translation>
    </message>
    <message>
        <source>The ramp %1 has only %2 colours: choose fewer classes or another ramp.</source>
        <translation>La palette %1 n'a que %2 couleurs : choisissez moins de classes ou une autre palette.</translation>
    </message>
    <message>
        <source>This style cannot be drawn: %1</source>
        <translation>Ce style ne peut pas être dessiné : %1</translation>
    </message>
    <message>
        <source>Distinct values: %1; only the first %2 are listed, features with other values keep the fill colour.</source>
        <translation>Valeurs distinctes : %1 ; seules les %2 premières sont listées, les entités des autres valeurs gardent la couleur de remplissage.</translation>
    </message>
    <message>
        <source>Distinct values: %1.</source>
        <translation>Valeurs distinctes : %1.</translation>
    </message>
    <message>
        <source>A yes/no measure: yes, no and no value.</source>
        <translation>Une mesure oui/non : oui, non et non renseigné.</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::StylePreview</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>All features</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>One symbol for every feature.</source>
        <translation>Un même symbole pour toutes les entités.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>No category yet: choose a column and press Classify.</source>
        <translation>Aucune catégorie : choisissez une colonne et cliquez sur Classer.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Circle areas are proportional to the values.</source>
        <translation>La surface des cercles est proportionnelle aux valeurs.</translation>
    </message>
    <message>
        <source>The column has no positive value to draw.</source>
        <translation>La colonne n'a aucune valeur positive à représenter.</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>Catégories : %1.</translation>
    </message>
    <message>
        <source>Classes: %1.</source>
        <translation>Classes : %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
</TS>