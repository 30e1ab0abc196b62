"""French of issue 19 point 5, the identify panel: ui/identify_dock.cpp (context IdentifyDock),
the labels and units of ui/field_labels.cpp (context FieldLabels) and the window's action to
identify the centre of the map (ui/main_window.cpp)."""
FRENCH = {
    # ui/identify_dock.cpp
    "What lies under the point clicked": "Ce qui se trouve au point cliqué",
    "One group per layer under the point, one line per attribute with its unit":
        "Un groupe par couche au point cliqué, une ligne par attribut avec son unité",
    "Click a place on the map (or press Ctrl+I for the centre of the map) to list what lies "
    "there.":
        "Cliquez sur un lieu de la carte (ou appuyez sur Ctrl+I pour le centre de la carte) "
        "pour lister ce qui s'y trouve.",
    "Nothing on the visible layers at the point clicked.":
        "Rien sur les couches visibles au point cliqué.",
    ", ": ", ",
    "Commune": "Commune",
    "Department": "Département",
    # ui/field_labels.cpp
    "Area": "Superficie",
    "Density": "Densité",
    "Region (INSEE code)": "Région (code Insee)",
    "EPCI (SIREN)": "EPCI (Siren)",
    "Coverage": "Couverture",
    "Adoption %1": "Adoption %1",
    "inhab.": "hab.",
    "inhab./km²": "hab./km²",
    "none (white zone)": "aucune (zone blanche)",
    "1 structure": "1 structure",
    "%1 structures": "%1 structures",
    "yes": "oui",
    "no": "non",
    # ui/main_window.cpp
    "Identify the &centre of the map": "Identifier le &centre de la carte",
}
