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
</context>
<context>
    <name>lumiere::ui::MapView</name>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
</context>
</TS>