#!/usr/bin/env python3
"""Fills resources/translations/lumiere_fr.ts from the French glossary below, after
scripts/update-translations has run lupdate. Strings missing from the glossary stay
'unfinished' and the translation test fails, naming them."""
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
}

def main(path):
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
