// X-macro list (see message_code.h): messages of geometry. No include guard: included once per use.
LUMIERE_MESSAGE(CrsUnknown, QT_TRANSLATE_NOOP("Message",
                                              "the coordinate reference system \"%1\" is not one "
                                              "PROJ knows: give an EPSG code such as EPSG:2154"))
// %1 the file; %2..%5 the extent (x from, x to, y from, y to), in the source's units.
LUMIERE_MESSAGE_FOR(
    CrsGuessedLambert93,
    QT_TRANSLATE_NOOP("Message",
                      "%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to "
                      "%5) are metres, not degrees; read as Lambert-93 (EPSG:2154). If that is "
                      "wrong, give the right one with --crs EPSG:n"),
    QT_TRANSLATE_NOOP("Message",
                      "%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to "
                      "%5) are metres, not degrees; read as Lambert-93 (EPSG:2154). If that is "
                      "wrong, choose the right one in the layer's properties"))
LUMIERE_MESSAGE_FOR(
    CrsNotDegrees,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot "
        "be degrees; give the CRS with --crs EPSG:n (Lambert-93 is EPSG:2154, Lambert II étendu "
        "EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)"),
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot "
        "be degrees; choose the CRS in the layer's properties (Lambert-93 is EPSG:2154, Lambert II "
        "étendu EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)"))
