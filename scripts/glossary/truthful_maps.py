"""French of issue 19's truthful maps: legends that count (maps/legend.cpp, maps/styled_layer.cpp,
ui/style_preview.cpp, ui/style_dialog.cpp)."""
FRENCH = {
    "no value": "non renseigné",
    "yes": "oui",
    "no": "non",
    "%1: %2.": "%1 : %2.",
    "A yes/no measure: yes, no and no value.": "Une mesure oui/non : oui, non et non renseigné.",
}
