"""French of issue 20 item 5, the window's search field: ui/search_box.cpp (context SearchBox),
its placeholder, its names for screen readers, the rows of its list and the kinds of places."""
FRENCH = {
    "Search for a commune, an EPCI, a department, a structure…":
        "Rechercher une commune, un EPCI, un département, une structure…",
    "Search for a place": "Rechercher un lieu",
    "Type a name, a code or a postal code; the arrows choose among the places found, Enter "
    "shows the place on the map":
        "Tapez un nom, un code ou un code postal ; les flèches choisissent parmi les lieux "
        "trouvés, Entrée montre le lieu sur la carte",
    "Places found": "Lieux trouvés",
    "No place found": "Aucun lieu trouvé",
    "%1 — %2": "%1 — %2",
    "%1, %2": "%1, %2",
    "Commune": "Commune",
    "Delegated commune": "Commune déléguée",
    "Associated commune": "Commune associée",
    "EPCI": "EPCI",
    "Department": "Département",
    "Region": "Région",
    "Structure": "Structure",
}
