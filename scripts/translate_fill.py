#!/usr/bin/env python3
"""Fills resources/translations/lumiere_fr.ts from the French glossary below, after
scripts/update-translations has run lupdate. Strings missing from the glossary stay
'unfinished' and the translation test fails, naming them."""
import importlib.util
import pathlib
import sys
import xml.etree.ElementTree as ET

FRENCH = {
    "No sample data in %1: run scripts/fetch-data, or open map files with: lumiere FILE...":
        "Pas de données d'exemple dans %1 : lancez scripts/fetch-data, ou ouvrez des fichiers "
        "cartographiques avec : lumiere FICHIER...",
    "Guadeloupe": "Guadeloupe",
    "Martinique": "Martinique",
    "French Guiana": "Guyane",
    "Réunion": "La Réunion",
    "Mayotte": "Mayotte",
    "Lumière — digital pooling of local authorities":
        "Lumière — mutualisation numérique des collectivités",
    "&File": "&Fichier",
    "&Edit": "É&dition",
    "&Quit": "&Quitter",
    "&Help": "&Aide",
    "&About Lumière": "À &propos de Lumière",
    "About Lumière": "À propos de Lumière",
    "Lumière maps the digital pooling of French local authorities.\n"
    "Boundaries: IGN ADMIN EXPRESS COG; populations: INSEE.":
        "Lumière cartographie la mutualisation numérique des collectivités territoriales.\n"
        "Limites : IGN ADMIN EXPRESS COG ; populations : Insee.",
    "Loading the map…": "Chargement de la carte…",
    "%1: %2 features": "%1 : %2 entités",
    "Cannot load the map": "Impossible de charger la carte",
    "Import finished": "Import terminé",
    # maps/legend.cpp (context "Legend"): class bounds, counts, the entries beside the classes.
    "%1 – %2": "de %1 à %2",
    "%1 (%2)": "%1 (%2)",
    "No data": "Pas de données",
    "Other values": "Autres valeurs",
    "%1 km": "%1 km",
    "%1 m": "%1 m",
    "Identify": "Identification",
    "Attribute": "Attribut",
    "Value": "Valeur",
    "Layer": "Couche",
    "Code": "Code",
    "Name": "Nom",
    "Name in the layer": "Nom dans la couche",
    "Layers": "Couches",
    "Style…": "Style…",
    "Opacity": "Opacité",
    "Style": "Style",
    "&View": "&Affichage",
    "Zoom to &France": "Zoom sur la &France",
    "Overseas &insets": "&Encarts d'outre-mer",
    "Scale 1:%1": "Échelle 1:%1",
    "Layer style": "Style de la couche",
    # ui/style_dialog.cpp, ui/style_preview.cpp, ui/color_button.cpp: the style dialog.
    "Choose a colour": "Choisir une couleur",
    "Population": "Population",
    "Area (km²)": "Superficie (km²)",
    "Density (inhabitants per km²)": "Densité (habitants par km²)",
    "Département": "Département",
    "Région": "Région",
    "EPCI": "EPCI",
    "Single symbol": "Symbole unique",
    "Categorized": "Catégorisé",
    "Graduated": "Gradué",
    "Proportional symbols": "Symboles proportionnels",
    "Solid": "Plein",
    "Outline only": "Contour seul",
    "Hatched": "Hachuré",
    "Symbol": "Symbole",
    "Fill colour:": "Couleur de remplissage :",
    "Fill:": "Remplissage :",
    "Outline colour:": "Couleur du contour :",
    "Outline width:": "Épaisseur du contour :",
    "Style:": "Style :",
    "Preview": "Aperçu",
    "Classify": "Classer",
    "List the values of the column, each with its own colour":
        "Lister les valeurs de la colonne, chacune avec sa couleur",
    "Colour": "Couleur",
    "Label": "Libellé",
    "Double-click a colour to change it, a label to rename it":
        "Double-cliquez sur une couleur pour la changer, sur un libellé pour le renommer",
    "Column:": "Colonne :",
    "Quantiles": "Quantiles",
    "Natural breaks (Jenks)": "Seuils naturels (Jenks)",
    "Equal intervals": "Intervalles égaux",
    "Standard deviation": "Écart type",
    "Q6 (six classes)": "Q6 (six classes)",
    "Head/tail breaks": "Seuils tête/queue (head/tail)",
    "Manual breaks": "Seuils manuels",
    "e.g. 50; 120,5; 300": "p. ex. 50 ; 120,5 ; 300",
    "The bounds between classes, separated by semicolons or spaces; decimal comma or point":
        "Les seuils entre les classes, séparés par des points-virgules ou des espaces ; "
        "virgule ou point décimal",
    "Reverse the ramp": "Inverser la palette",
    "Method:": "Méthode :",
    "Classes:": "Classes :",
    "Breaks:": "Seuils :",
    "Colour ramp:": "Palette de couleurs :",
    "Largest radius:": "Rayon maximal :",
    "Circle colour:": "Couleur des cercles :",
    "Distinct values: %1; only the first %2 are listed, features with other values keep the "
    "fill colour.":
        "Valeurs distinctes : %1 ; seules les %2 premières sont listées, les entités des autres "
        "valeurs gardent la couleur de remplissage.",
    "Distinct values: %1.": "Valeurs distinctes : %1.",
    "(no value)": "(sans valeur)",
    "%1 (colour-blind safe)": "%1 (adaptée aux daltoniens)",
    "The manual breaks must be numbers separated by semicolons, such as 50; 120,5; 300.":
        "Les seuils manuels doivent être des nombres séparés par des points-virgules, par "
        "exemple 50 ; 120,5 ; 300.",
    "The ramp %1 has only %2 colours: choose fewer classes or another ramp.":
        "La palette %1 n'a que %2 couleurs : choisissez moins de classes ou une autre palette.",
    "This style cannot be drawn: %1": "Ce style ne peut pas être dessiné : %1",
    "Features": "Entités",
    "All features": "Toutes les entités",
    "One symbol for every feature.": "Un même symbole pour toutes les entités.",
    "No category yet: choose a column and press Classify.":
        "Aucune catégorie : choisissez une colonne et cliquez sur Classer.",
    "Categories: %1.": "Catégories : %1.",
    "Class": "Classe",
    "Classes: %1.": "Classes : %1.",
    "No data: %1.": "Pas de données : %1.",
    "Circle": "Cercle",
    "Radius": "Rayon",
    "%1 px": "%1 px",
    "Circle areas are proportional to the values.":
        "La surface des cercles est proportionnelle aux valeurs.",
    "The column has no positive value to draw.":
        "La colonne n'a aucune valeur positive à représenter.",
    "Legend": "Légende",
    "Communes": "Communes",
    "Departments": "Départements",
    "Regions": "Régions",
    "Zoom to the &selection": "Zoom sur la &sélection",
    "White zone (no structure)": "Zone blanche (aucune structure)",
    "1 structure": "1 structure",
    "2 structures": "2 structures",
    "3 structures or more": "3 structures ou plus",
    "Communes — coverage: %1": "Communes — couverture : %1",
    "Communes — adoption of %1 in %2": "Communes — adoption : %1 en %2",
    "Adopted": "Adopté",
    "Not adopted": "Non adopté",
    # app/project_session.cpp (context lumiere::app::ProjectSession): save, autosave, recovery,
    # imports, undo/redo.
    "Recover unsaved changes?": "Récupérer les modifications non enregistrées ?",
    "Lumière did not close normally while %1 had unsaved changes. They were saved automatically "
    "at %2.":
        "Lumière ne s'est pas fermé normalement alors que %1 avait des modifications non "
        "enregistrées. Elles ont été enregistrées automatiquement le %2.",
    "Recover them, or discard them and open the project as it was last saved?":
        "Les récupérer, ou les abandonner et ouvrir le projet tel qu'il a été enregistré la "
        "dernière fois ?",
    "The project file was saved at %1, after this automatic save: recovering replaces what "
    "was saved then when you save. ":
        "Le fichier du projet a été enregistré le %1, après cet enregistrement automatique : "
        "les récupérer remplacera, à l'enregistrement, ce qui a été enregistré alors. ",
    "&Recover": "&Récupérer",
    "&Discard the changes": "&Abandonner les modifications",
    "Unsaved changes": "Modifications non enregistrées",
    "The project has changes that are not saved. Save them before closing?":
        "Le projet comporte des modifications non enregistrées. Les enregistrer avant de fermer ?",
    "Save the project as": "Enregistrer le projet sous",
    "Lumière projects (*.gpkg)": "Projets Lumière (*.gpkg)",
    "Indicator column": "Colonne de l'indicateur",
    "Several columns hold yes/no values or rates. Which one is the indicator?":
        "Plusieurs colonnes contiennent des valeurs oui/non ou des taux. Laquelle est "
        "l'indicateur ?",
    "&Save": "&Enregistrer",
    "Save &as…": "Enregistrer &sous…",
    "Import s&tructures…": "Importer des s&tructures…",
    "Import &indicators…": "Importer des &indicateurs…",
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "&Undo %1": "&Annuler %1",
    "&Redo %1": "&Rétablir %1",
    "The task stopped: %1": "La tâche s'est interrompue : %1",
    "%1 — Lumière": "%1 — Lumière",
    "Opening %1…": "Ouverture de %1…",
    "The automatic save cannot be read (%1); it is left in place. Open the project again and "
    "discard it to open the saved file.":
        "L'enregistrement automatique est illisible (%1) ; il est laissé en place. Rouvrez le "
        "projet et abandonnez-le pour ouvrir le fichier enregistré.",
    "Read-only: %1. Save it under another name to edit it.":
        "Lecture seule : %1. Enregistrez le projet sous un autre nom pour le modifier.",
    "Changes recovered from the automatic save: save the project to keep them.":
        "Modifications récupérées de l'enregistrement automatique : enregistrez le projet pour "
        "les conserver.",
    "Updating the map…": "Mise à jour de la carte…",
    "Reading %1…": "Lecture de %1…",
    "%1 structures added, %2 updated, %3 memberships added.":
        "%1 structures ajoutées, %2 mises à jour, %3 adhésions ajoutées.",
    'The project has no usage "%1".': "Le projet ne comporte aucun usage « %1 ».",
    "%1 has no column of yes/no values or rates to import.":
        "%1 ne contient aucune colonne de valeurs oui/non ou de taux à importer.",
    '%1 values of "%2" %3 imported from the column "%4".':
        "%1 valeurs de « %2 » %3 importées de la colonne « %4 ».",
    "Saving %1…": "Enregistrement de %1…",
    "The project was not saved: %1": "Le projet n'a pas été enregistré : %1",
    "Saved in %1": "Enregistré dans %1",
    "Saving automatically…": "Enregistrement automatique…",
    "Automatic save failed: %1": "Échec de l'enregistrement automatique : %1",
    "Saved automatically at %1": "Enregistré automatiquement à %1",
    "%1 (read-only)": "%1 (lecture seule)",
    "Import structures and their members": "Importer des structures et leurs membres",
    "Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods)":
        "Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods)",
    "Import an indicator": "Importer un indicateur",
    "&Usage:": "&Usage :",
    # "Année" keeps its A for the Annuler button of the dialog.
    "&Year of the values:": "Année des &valeurs :",
}

def glossaries():
    """FRENCH above, then the FRENCH of every scripts/glossary/*.py (one per concern: the
    messages of core/messages/ are translated there, beside the lists they follow)."""
    french = dict(FRENCH)
    for module_path in sorted((pathlib.Path(__file__).parent / "glossary").glob("*.py")):
        spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for source, text in module.FRENCH.items():
            if source in french and french[source] != text:
                sys.exit(f"{module_path.name}: {source!r} is translated twice, differently")
            french[source] = text
    return french

def main(path):
    FRENCH = glossaries()
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in FRENCH:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print(f"untranslated: {m!r}", file=sys.stderr)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
