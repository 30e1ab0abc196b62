"""French of issue 20, the planner's window: the map toolbar (ui/map_toolbar.cpp), the titles of
what the map shows (maps/map_choice.cpp), the menus of ui/main_window.cpp and New/Open/recent
projects (app/project_files.cpp)."""
FRENCH = {
    # maps/map_choice.cpp
    "coverage": "couverture",
    "white zones": "zones blanches",
    "adoption %1": "adoption %1",
    "adoption": "adoption",
    "by commune": "par commune",
    "by EPCI": "par EPCI",
    "by department": "par département",
    "by commune, with the structures' territories":
        "par commune, avec les territoires des structures",
    "%1 — %2 %3": "%1 — %2 %3",
    "Covered by a structure": "Couverte par une structure",
    # ui/map_toolbar.cpp
    "What the map shows": "Ce que montre la carte",
    "&Usage:": "&Usage :",
    "&Measure:": "&Mesure :",
    "&Vintage:": "Millé&sime :",
    "Le&vel:": "Ni&veau :",
    "White zones": "Zones blanches",
    "Adoption": "Adoption",
    "EPCI": "EPCI",
    "Departments": "Départements",
    "Structures' territories": "Territoires des structures",
    "no values": "aucune valeur",
    "This usage has no values imported yet.":
        "Aucune valeur n'a encore été importée pour cet usage.",
    "&Previous usage": "Usage &précédent",
    "&Next usage": "Usage &suivant",
    # ui/main_window.cpp
    "&Import": "&Importer",
    "E&xport": "E&xporter",
    "The &map as shown (PNG, SVG, PDF)…": "La &carte telle qu'affichée (PNG, SVG, PDF)…",
    "Export the map": "Exporter la carte",
    "Images and documents (*.png *.svg *.pdf)": "Images et documents (*.png *.svg *.pdf)",
    "Map exported to %1": "Carte exportée dans %1",
    "The map was not exported": "La carte n'a pas été exportée",
    "&Map": "&Carte",
    "&Analysis": "A&nalyse",
    # app/project_files.cpp
    "Open a project or a map file": "Ouvrir un projet ou un fichier de carte",
    "Lumière projects and map files (*.gpkg *.geojson *.json *.shp *.fgb);;All files (*)":
        "Projets Lumière et fichiers de carte (*.gpkg *.geojson *.json *.shp *.fgb);;"
        "Tous les fichiers (*)",
    "New project": "Nouveau projet",
    "&New project…": "&Nouveau projet…",
    "&Open…": "&Ouvrir…",
    "&Recent projects": "Projets &récents",
    "&%1 %2 — %3": "&%1 %2 — %3",
    "No recent project": "Aucun projet récent",
    "%1 does not exist (any more): it may have been moved or deleted.":
        "%1 n'existe pas (ou plus) : il a peut-être été déplacé ou supprimé.",
    "Wait for the current task to finish, then open %1 again.":
        "Attendez la fin de la tâche en cours, puis ouvrez %1 à nouveau.",
    "Creating %1 from the communes and departments of the sample data…":
        "Création de %1 avec les communes et les départements des données d'exemple…",
    "Lumière": "Lumière",
    # ui/main_window.cpp (search, table, statistics)
    "&Find a place…": "&Rechercher un lieu…",
    "Search": "Recherche",
    "The attribute &table (CSV)…": "La &table attributaire (CSV)…",
    "The table was not exported": "La table n'a pas été exportée",
    "Table exported to %1": "Table exportée dans %1",
    "&Statistics": "&Statistiques",
    "Attribute &table": "&Table attributaire",
    # app/app_window.cpp
    "%1: 1 commune selected": "%1 : 1 commune sélectionnée",
    "%1: %2 communes selected": "%1 : %2 communes sélectionnées",
    "%1 is not drawn on this map.": "%1 n'est pas dessiné sur cette carte.",
}
