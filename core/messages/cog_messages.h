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
