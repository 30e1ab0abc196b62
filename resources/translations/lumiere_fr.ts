<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Gui</name>
    <message>
        <source>No sample data in %1: run scripts/fetch-data, or open map files with: lumiere FILE...</source>
        <translation>Pas de données d'exemple dans %1 : lancez scripts/fetch-data, ou ouvrez des fichiers cartographiques avec : lumiere FICHIER...</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>%1 – %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::IdentifyDock</name>
    <message>
        <source>Identify</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in the layer</source>
        <translation>Nom dans la couche</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::LayerDock</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::MainWindow</name>
    <message>
        <source>Lumière — digital pooling of local authorities</source>
        <translation>Lumière — mutualisation numérique des collectivités</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lumière</source>
        <translation>À &amp;propos de Lumière</translation>
    </message>
    <message>
        <source>About Lumière</source>
        <translation>À propos de Lumière</translation>
    </message>
    <message>
        <source>Lumière maps the digital pooling of French local authorities.
Boundaries: IGN ADMIN EXPRESS COG; populations: INSEE.</source>
        <translation>Lumière cartographie la mutualisation numérique des collectivités territoriales.
Limites : IGN ADMIN EXPRESS COG ; populations : Insee.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>%1: %2 features</source>
        <translation>%1 : %2 entités</translation>
    </message>
    <message>
        <source>Cannot load the map</source>
        <translation>Impossible de charger la carte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom to &amp;France</source>
        <translation>Zoom sur la &amp;France</translation>
    </message>
    <message>
        <source>Overseas &amp;insets</source>
        <translation>&amp;Encarts d'outre-mer</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Échelle 1:%1</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::MapCanvas</name>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::StyleDialog</name>
    <message>
        <source>Layer style</source>
        <translation>Style de la couche</translation>
    </message>
</context>
</TS>