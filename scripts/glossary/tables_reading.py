"""French of how a table is found in a file (issue 18): TableReader's messages (sheets, the
header row, UTF-16), the messages naming the header's line, and import's --sheet and
--header-row."""
FRENCH = {
    # tables_messages.h: the spreadsheet reader
    "cannot read %1 as a spreadsheet: check that the file is a complete XLSX, XLS or ODS file, or "
    "export it as CSV":
        "impossible de lire %1 comme un classeur : vérifiez que le fichier est un fichier XLSX, "
        "XLS ou ODS complet, ou exportez-le au format CSV",
    "cannot read %1 as a spreadsheet (%2): check that the file is a complete XLSX, XLS or ODS "
    "file, or export it as CSV":
        "impossible de lire %1 comme un classeur (%2) : vérifiez que le fichier est un fichier "
        "XLSX, XLS ou ODS complet, ou exportez-le au format CSV",
    # Finding the table in a file
    "%1 has no sheet \"%2\"; its sheets are %3: give one of them, by name or number, with --sheet":
        "%1 n'a pas de feuille « %2 » ; ses feuilles sont %3 : indiquez l'une d'elles, par son "
        "nom ou son numéro, avec --sheet",
    "%1 has no sheet \"%2\"; its sheets are %3: choose one of them in the import dialog":
        "%1 n'a pas de feuille « %2 » ; ses feuilles sont %3 : choisissez l'une d'elles dans la "
        "fenêtre d'import",
    "%1 has no row %2 (its last row is %3): give the row of the column names with --header-row":
        "%1 n'a pas de ligne %2 (sa dernière ligne est la %3) : indiquez la ligne des noms de "
        "colonnes avec --header-row",
    "%1 has no row %2 (its last row is %3): choose the row of the column names in the import "
    "dialog":
        "%1 n'a pas de ligne %2 (sa dernière ligne est la %3) : choisissez la ligne des noms de "
        "colonnes dans la fenêtre d'import",
    "%1, row %2 is empty, so it cannot hold the column names: give the row of the column names "
    "with --header-row":
        "%1, la ligne %2 est vide et ne peut donc pas porter les noms de colonnes : indiquez la "
        "ligne des noms de colonnes avec --header-row",
    "%1, row %2 is empty, so it cannot hold the column names: choose the row of the column names "
    "in the import dialog":
        "%1, la ligne %2 est vide et ne peut donc pas porter les noms de colonnes : choisissez la "
        "ligne des noms de colonnes dans la fenêtre d'import",
    "%1, line %2: bytes that are not UTF-16 although the file began as UTF-16 (Unicode text); "
    "export the whole table again":
        "%1, ligne %2 : des octets qui ne sont pas de l'UTF-16 alors que le fichier commence en "
        "UTF-16 (texte Unicode) ; exportez de nouveau tout le tableau",
    # Both imports: the header's line
    "%1 has no column \"%2\": check the column names (line %3)":
        "%1 n'a pas de colonne « %2 » : vérifiez les noms des colonnes (ligne %3)",
    "%1 has no column \"%2\": check the name of the code column (line %3)":
        "%1 n'a pas de colonne « %2 » : vérifiez le nom de la colonne des codes (ligne %3)",
    "%1: no column of commune codes, neither by its name in line %2 (Code INSEE, CODGEO, "
    "DEPCOM...) nor by its values; name it with --code-column, or the header row with "
    "--header-row":
        "%1 : aucune colonne de codes de communes, ni par son nom en ligne %2 (Code INSEE, CODGEO, "
        "DEPCOM...) ni par ses valeurs ; indiquez-la avec --code-column, ou la ligne d'en-tête "
        "avec --header-row",
    "%1: no column of commune codes, neither by its name in line %2 (Code INSEE, CODGEO, "
    "DEPCOM...) nor by its values; check the row of the column names in the import dialog":
        "%1 : aucune colonne de codes de communes, ni par son nom en ligne %2 (Code INSEE, CODGEO, "
        "DEPCOM...) ni par ses valeurs ; vérifiez la ligne des noms de colonnes dans la fenêtre "
        "d'import",
    "%1: no column of members found in line %2 (membre, Code INSEE, siren_membre...) nor by its "
    "values; name one so, or give the row of the column names":
        "%1 : aucune colonne de membres trouvée en ligne %2 (membre, Code INSEE, siren_membre...) "
        "ni par ses valeurs ; nommez ainsi une colonne, ou indiquez la ligne des noms de colonnes",
    "%1: no column naming the structures found in line %2 (structure, nom_structure, id...); name "
    "one so, or give the row of the column names":
        "%1 : aucune colonne nommant les structures trouvée en ligne %2 (structure, "
        "nom_structure, id...) ; nommez ainsi une colonne, ou indiquez la ligne des noms de "
        "colonnes",
    # lumiere import
    "--project FILE.gpkg --usage ID --vintage YEAR TABLE [--sheet NAME|N] [--header-row N] "
    "[--code-column NAME] [--value-column NAME] [--wait SECONDS] [--json]":
        "--project FICHIER.gpkg --usage ID --vintage ANNÉE TABLEAU [--sheet NOM|N] "
        "[--header-row N] [--code-column NOM] [--value-column NOM] [--wait SECONDES] [--json]",
    "--project FILE.gpkg TABLE [--sheet NAME|N] [--header-row N] [--wait SECONDS] [--json]":
        "--project FICHIER.gpkg TABLEAU [--sheet NOM|N] [--header-row N] [--wait SECONDES] "
        "[--json]",
    "Imports the values of one indicator (a yes/no or ratio column of a CSV, text, XLSX, XLS or "
    "ODS table, one row per commune) into a project, and prints the import report.":
        "Importe dans un projet les valeurs d'un indicateur (une colonne oui/non ou de taux d'un "
        "tableau CSV, texte, XLSX, XLS ou ODS, une ligne par commune), et affiche le rapport "
        "d'import.",
    "Imports structures and their memberships (a CSV, text, XLSX, XLS or ODS table, one row per "
    "structure and member) into a project, and prints the import report.":
        "Importe dans un projet des structures et leurs adhésions (un tableau CSV, texte, XLSX, "
        "XLS ou ODS, une ligne par structure et par membre), et affiche le rapport d'import.",
    "no table to import: give the CSV, XLSX, XLS or ODS file":
        "aucun tableau à importer : indiquez le fichier CSV, XLSX, XLS ou ODS",
    "NAME|N": "NOM|N",
    "N": "N",
    "the sheet of a spreadsheet to read, by name or number (default: the first)":
        "la feuille du classeur à lire, par son nom ou son numéro (par défaut : la première)",
    "the row of the column names, counting title rows (default: found among the first rows)":
        "la ligne des noms de colonnes, lignes de titre comprises (par défaut : trouvée parmi les "
        "premières lignes)",
    "--sheet takes a sheet's name or number":
        "--sheet attend le nom ou le numéro d'une feuille",
    "--header-row takes a row number from 1 (e.g. --header-row 3), not \"%1\"":
        "--header-row attend un numéro de ligne à partir de 1 (par exemple --header-row 3), et "
        "non « %1 »",
}
