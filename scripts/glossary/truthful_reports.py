"""French of issue 19 point 6, reports that add up: the import report of app/import_apply.cpp
(context Import) with labelled counts, the rows set aside and the value they differ by, rows of
structures without a known member; the counted lines of app/import_command.cpp, one form for one
(and 0 in French) and one for several; the messages of core/messages/tables_messages.h for a
table without rows, a structure without members and one value among combined rows; `render --map
""` refused (app/render_command.cpp, context Render)."""
FRENCH = {
    # core/messages/tables_messages.h.
    "%1 has its column names on line %2 and no row below them: there is nothing to import; "
    "check that it is the right file":
        "%1 a ses noms de colonnes en ligne %2 et aucune ligne en dessous : il n'y a rien à "
        "importer ; vérifiez que c'est le bon fichier",
    "%1: only line %2 has a value, which is kept":
        "%1 : seule la ligne %2 a une valeur, qui est retenue",
    'structure "%1" added without members: none of its rows (the first on line %2) names a '
    "member the COG knows":
        "structure « %1 » ajoutée sans membre : aucune de ses lignes (la première en ligne %2) "
        "ne nomme un membre connu du COG",
    # app/import_apply.cpp (context Import).
    "rows read: %1; matched to a commune: %2 (harmonised: %3); not in the COG: %4; duplicates "
    "set aside: %5; invalid values: %6; combined with another row: %7":
        "lignes lues : %1 ; rapprochées d'une commune : %2 (dont harmonisées : %3) ; sans "
        "correspondance dans le COG : %4 ; en double, écartées : %5 ; valeurs invalides : %6 ; "
        "regroupées avec une autre ligne : %7",
    "rows read: %1; members found: %2 (harmonised: %3); members not in the COG: %4; duplicates "
    "set aside: %5; invalid values: %6; combined with another row: %7":
        "lignes lues : %1 ; membres trouvés : %2 (dont harmonisés : %3) ; membres inconnus du "
        "COG : %4 ; en double, écartées : %5 ; valeurs invalides : %6 ; regroupées avec une "
        "autre ligne : %7",
    "  line %1: no member given, no membership made of this row":
        "  ligne %1 : aucun membre indiqué, aucune adhésion tirée de cette ligne",
    '  line %1: member "%2" is not in the COG, no membership made of this row':
        "  ligne %1 : membre « %2 » inconnu du COG, aucune adhésion tirée de cette ligne",
    "  line %1: no commune code, row skipped": "  ligne %1 : aucun code de commune, ligne ignorée",
    '  line %1: "%2" is already a member of this structure in the project, row set aside':
        "  ligne %1 : « %2 » est déjà membre de cette structure dans le projet, ligne écartée",
    '  line %1: code "%2" repeated, row set aside although its "%3" differs: "%4" here, "%5" '
    "kept from line %6":
        "  ligne %1 : code « %2 » en double, ligne écartée bien que sa valeur de « %3 » "
        "diffère : « %4 » ici, « %5 » retenu de la ligne %6",
    '  line %1: code "%2" repeated, row set aside (line %3 is kept)':
        "  ligne %1 : code « %2 » en double, ligne écartée (la ligne %3 est retenue)",
    "  … and %1 more row, not detailed": "  … et %1 autre ligne, non détaillée",
    "  … and %1 more row combined, not detailed": "  … et %1 autre ligne regroupée, non détaillée",
    # app/import_command.cpp (context Import).
    "%1 value saved in %2": "%1 valeur enregistrée dans %2",
    "%1, %2, %3 in %4": "%1, %2, %3 dans %4",
    "%1 structure added": "%1 structure ajoutée",
    "%1 structures added": "%1 structures ajoutées",
    "%1 structure updated": "%1 structure mise à jour",
    "%1 structures updated": "%1 structures mises à jour",
    "%1 membership added": "%1 adhésion ajoutée",
    "%1 memberships added": "%1 adhésions ajoutées",
    # app/render_command.cpp (context Render).
    "--map takes the name of a map of the project, not an empty name; leave --map out to draw "
    "the project's default map":
        "--map prend le nom d'une carte du projet, pas un nom vide ; omettez --map pour dessiner "
        "la carte par défaut du projet",
}
