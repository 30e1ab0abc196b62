// X-macro list (see message_code.h): messages of cog. No include guard: included once per use.
LUMIERE_MESSAGE_FOR(
    CogFileUnreadable,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: cannot open the COG file; run scripts/fetch-data or give the COG folder with --cog"),
    QT_TRANSLATE_NOOP("Message",
                      "%1: cannot open the COG file; run scripts/fetch-data or choose the COG "
                      "folder in the settings"))
LUMIERE_MESSAGE(
    CogNotJsonArray,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: not a COG file (a JSON array was expected); get it again with scripts/fetch-data"))
LUMIERE_MESSAGE_FOR(
    PassageNoCodeColumns,
    QT_TRANSLATE_NOOP("Message",
                      "%1: no two columns of commune codes found (header on line %2); a table de "
                      "passage holds the old code and the new one: give --from COLUMN and --to "
                      "COLUMN"),
    QT_TRANSLATE_NOOP("Message",
                      "%1: no two columns of commune codes found (header on line %2); a table de "
                      "passage holds the old code and the new one: choose the two columns"))
LUMIERE_MESSAGE(PassageColumnNotFound,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: no column \"%2\" (the columns: %3); give the column as its "
                                  "header writes it"))
LUMIERE_MESSAGE(PassageNoPair,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: no row gives an old commune code and a new one (columns "
                                  "\"%2\" and \"%3\"); check that it is a table de passage"))
LUMIERE_MESSAGE_FOR(
    HarmoniseNoCommuneLayer,
    QT_TRANSLATE_NOOP("Message",
                      "%1: no layer of communes (its codes match no commune of the COG); give the "
                      "field of codes with --code-field NAME"),
    QT_TRANSLATE_NOOP("Message",
                      "%1: no layer of communes (its codes match no commune of the COG); choose "
                      "a file of commune boundaries"))
