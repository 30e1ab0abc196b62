"""French of issue 18's cells as people type them: the notes of core/messages/tables_messages.h
on how a column's cells were read, and the import report's lines of app/import_apply.cpp
(context Import) on how the table was read, the old codes and the rows combined."""
FRENCH = {
    # core/messages/tables_messages.h, issue 18 cells.
    "%1: rates written from 0 to 100 without %, divided by 100 (50 is read as 50 %)":
        "%1 : taux écrits de 0 à 100 sans %, divisés par 100 (50 est lu comme 50 %)",
    "%1: a column of ticks, so its %2 blank cells are read as no":
        "%1 : une colonne de coches, ses %2 cellules vides sont donc lues comme « non »",
    "%1: %2 cells without a value (empty, n.c., -, s.o., n.d....), left without a value":
        "%1 : %2 cellules sans valeur (vides, n.c., -, s.o., n.d....), laissées sans valeur",
    "%1: a column of ticks, so its blank cell is read as no":
        "%1 : une colonne de coches, sa cellule vide est donc lue comme « non »",
    "%1: 1 cell without a value (empty, n.c., -, s.o., n.d....), left without a value":
        "%1 : 1 cellule sans valeur (vide, n.c., -, s.o., n.d....), laissée sans valeur",
    # app/import_apply.cpp (context Import).
    "%1 %2": "%1 %2",
    "%1 and %2": "%1 et %2",
    'sheet "%1" (of %2 sheets)': "feuille « %1 » (sur %2 feuilles)",
    "header on line %1 as asked, the lines above skipped":
        "en-tête ligne %1 comme demandé, les lignes au-dessus ignorées",
    "header found on line %1, the line above skipped":
        "en-tête trouvé ligne %1, la ligne au-dessus ignorée",
    "header found on line %1, %2 lines above skipped":
        "en-tête trouvé ligne %1, %2 lignes au-dessus ignorées",
    "encoding %1": "encodage %1",
    "Table read: %1": "Tableau lu : %1",
    "  line %1: %2 is an old commune, counted in %3":
        "  ligne %1 : %2 est une ancienne commune, comptée dans %3",
    "  … and %1 more rows combined, not detailed":
        "  … et %1 autres lignes regroupées, non détaillées",
}
