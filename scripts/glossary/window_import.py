"""French of the window's import dialog (ui/import_dialog.cpp, context ImportDialog; issue 18):
the table chosen (its sheet, its header row) with a preview of its first rows, and for an
indicator the usage, the year and the column of the values. The mnemonics stay distinct in
French: Feuille, Ligne d'en-tête, Usage, Année des valeurs, Colonne des valeurs, Aperçu (A is the
Annuler button's)."""
FRENCH = {
    "Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)":
        "Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)",
    "File:": "Fichier :",
    "&Sheet:": "&Feuille :",
    "&Header row:": "&Ligne d'en-tête :",
    "The row that names the columns, as the spreadsheet numbers it":
        "La ligne qui nomme les colonnes, numérotée comme dans le tableur",
    "&Column of the values:": "&Colonne des valeurs :",
    "Automatic: the column whose header names the usage, else the only column of yes/no values or "
    "rates":
        "Automatique : la colonne dont l'en-tête nomme l'usage, sinon la seule colonne de valeurs "
        "oui/non ou de taux",
    "(automatic)": "(automatique)",
    "&Preview of the first rows:": "A&perçu des premières lignes :",
    "Why the table cannot be read": "Pourquoi le tableau ne peut pas être lu",
    "Excel workbook": "classeur Excel",
    "Excel 97–2003 workbook": "classeur Excel 97-2003",
    "OpenDocument spreadsheet": "classeur OpenDocument",
    "text in %1, columns separated by tabs":
        "texte en %1, colonnes séparées par des tabulations",
    "text in %1, columns separated by \"%2\"": "texte en %1, colonnes séparées par « %2 »",
    "Row numbers are the spreadsheet's. The header row is in bold; the rows above it, in grey, are "
    "not imported.":
        "Les numéros de ligne sont ceux du tableur. La ligne d'en-tête est en gras ; les lignes "
        "au-dessus, en gris, ne sont pas importées.",
    "Row numbers are the spreadsheet's. The header row is in bold.":
        "Les numéros de ligne sont ceux du tableur. La ligne d'en-tête est en gras.",
}
