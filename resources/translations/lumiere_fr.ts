<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Gui</name>
    <message>
        <source>No sample data in %1: run scripts/fetch-data, or open map files with: lumiere FILE...</source>
        <translation>Pas de données d'exemple dans %1 : lancez scripts/fetch-data, ou ouvrez des fichiers cartographiques avec : lumiere FICHIER...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>LayerSetup</name>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
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
    <name>ProjectLayers</name>
    <message>
        <source>White zone (no structure)</source>
        <translation>Zone blanche (aucune structure)</translation>
    </message>
    <message>
        <source>1 structure</source>
        <translation>1 structure</translation>
    </message>
    <message>
        <source>2 structures</source>
        <translation>2 structures</translation>
    </message>
    <message>
        <source>3 structures or more</source>
        <translation>3 structures ou plus</translation>
    </message>
    <message>
        <source>Communes — coverage: %1</source>
        <translation>Communes — couverture : %1</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adopté</translation>
    </message>
    <message>
        <source>Communes — adoption of %1 in %2</source>
        <translation>Communes — adoption : %1 en %2</translation>
    </message>
</context>
<context>
    <name>lumiere::app::ProjectSession</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>Lumière did not close normally while %1 had unsaved changes. They were saved automatically at %2.</source>
        <translation>Lumière ne s'est pas fermé normalement alors que %1 avait des modifications non enregistrées. Elles ont été enregistrées automatiquement le %2.</translation>
    </message>
    <message>
        <source>Recover them, or discard them and open the project as it was last saved?</source>
        <translation>Les récupérer, ou les abandonner et ouvrir le projet tel qu'il a été enregistré la dernière fois ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before closing?</source>
        <translation>Le projet comporte des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Lumière projects (*.gpkg)</source>
        <translation>Projets Lumière (*.gpkg)</translation>
    </message>
    <message>
        <source>Indicator column</source>
        <translation>Colonne de l'indicateur</translation>
    </message>
    <message>
        <source>Several columns hold yes/no values or rates. Which one is the indicator?</source>
        <translation>Plusieurs colonnes contiennent des valeurs oui/non ou des taux. Laquelle est l'indicateur ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Import s&amp;tructures…</source>
        <translation>Importer des s&amp;tructures…</translation>
    </message>
    <message>
        <source>Import &amp;indicators…</source>
        <translation>Importer des &amp;indicateurs…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The task stopped: %1</source>
        <translation>La tâche s'est interrompue : %1</translation>
    </message>
    <message>
        <source>%1 — Lumière</source>
        <translation>%1 — Lumière</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The automatic save cannot be read (%1); it is left in place. Open the project again and discard it to open the saved file.</source>
        <translation>L'enregistrement automatique est illisible (%1) ; il est laissé en place. Rouvrez le projet et abandonnez-le pour ouvrir le fichier enregistré.</translation>
    </message>
    <message>
        <source>Read-only: %1. Save it under another name to edit it.</source>
        <translation>Lecture seule : %1. Enregistrez le projet sous un autre nom pour le modifier.</translation>
    </message>
    <message>
        <source>Changes recovered from the automatic save: save the project to keep them.</source>
        <translation>Modifications récupérées de l'enregistrement automatique : enregistrez le projet pour les conserver.</translation>
    </message>
    <message>
        <source>Updating the map…</source>
        <translation>Mise à jour de la carte…</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import de %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 structures added, %2 updated, %3 memberships added.</source>
        <translation>%1 structures ajoutées, %2 mises à jour, %3 adhésions ajoutées.</translation>
    </message>
    <message>
        <source>The project has no usage "%1".</source>
        <translation>Le projet ne comporte aucun usage « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no column of yes/no values or rates to import.</source>
        <translation>%1 ne contient aucune colonne de valeurs oui/non ou de taux à importer.</translation>
    </message>
    <message>
        <source>%1 values of "%2" %3 imported from the column "%4".</source>
        <translation>%1 valeurs de « %2 » %3 importées de la colonne « %4 ».</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>Le projet n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Saving automatically…</source>
        <translation>Enregistrement automatique…</translation>
    </message>
    <message>
        <source>Automatic save failed: %1</source>
        <translation>Échec de l'enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Saved automatically at %1</source>
        <translation>Enregistré automatiquement à %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Import structures and their members</source>
        <translation>Importer des structures et leurs membres</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods)</translation>
    </message>
    <message>
        <source>Import an indicator</source>
        <translation>Importer un indicateur</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>&amp;Usage :</translation>
    </message>
    <message>
        <source>&amp;Year of the values:</source>
        <translation>Année des &amp;valeurs :</translation>
    </message>
    <message>
        <source>The project file was saved at %1, after this automatic save: recovering replaces what was saved then when you save. </source>
        <translation>Le fichier du projet a été enregistré le %1, après cet enregistrement automatique : les récupérer remplacera, à l'enregistrement, ce qui a été enregistré alors. </translation>
    </message>
</context>
<context>
    <name>lumiere::ui::ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
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
    <name>lumiere::ui::LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
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
    <message>
        <source>Zoom to the &amp;selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <source>Density (inhabitants per km²)</source>
        <translation>Densité (habitants par km²)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Symbole unique</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>Catégorisé</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Gradué</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>Symboles proportionnels</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>Contour seul</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Hachuré</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Fill colour:</source>
        <translation>Couleur de remplissage :</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Remplissage :</translation>
    </message>
    <message>
        <source>Outline colour:</source>
        <translation>Couleur du contour :</translation>
    </message>
    <message>
        <source>Outline width:</source>
        <translation>Épaisseur du contour :</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>List the values of the column, each with its own colour</source>
        <translation>Lister les valeurs de la colonne, chacune avec sa couleur</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Double-click a colour to change it, a label to rename it</source>
        <translation>Double-cliquez sur une couleur pour la changer, sur un libellé pour le renommer</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Q6 (six classes)</source>
        <translation>Q6 (six classes)</translation>
    </message>
    <message>
        <source>Head/tail breaks</source>
        <translation>Seuils tête/queue (head/tail)</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Seuils manuels</translation>
    </message>
    <message>
        <source>e.g. 50; 120,5; 300</source>
        <translation>p. ex. 50 ; 120,5 ; 300</translation>
    </message>
    <message>
        <source>The bounds between classes, separated by semicolons or spaces; decimal comma or point</source>
        <translation>Les seuils entre les classes, séparés par des points-virgules ou des espaces ; virgule ou point décimal</translation>
    </message>
    <message>
        <source>Reverse the ramp</source>
        <translation>Inverser la palette</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Seuils :</translation>
    </message>
    <message>
        <source>Colour ramp:</source>
        <translation>Palette de couleurs :</translation>
    </message>
    <message>
        <source>Largest radius:</source>
        <translation>Rayon maximal :</translation>
    </message>
    <message>
        <source>Circle colour:</source>
        <translation>Couleur des cercles :</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <source>%1 (colour-blind safe)</source>
        <translation>%1 (adaptée aux daltoniens)</translation>
    </message>
    <message>
        <source>The manual breaks must be numbers separated by semicolons, such as 50; 120,5; 300.</source>
        <translation>Les seuils manuels doivent être des nombres séparés par des points-virgules, par exemple 50 ; 120,5 ; 300.</translation>
    </message>
    <message>
        <source>The ramp %1 has only %2 colours: choose fewer classes or another ramp.</source>
        <translation>La palette %1 n'a que %2 couleurs : choisissez moins de classes ou une autre palette.</translation>
    </message>
    <message>
        <source>This style cannot be drawn: %1</source>
        <translation>Ce style ne peut pas être dessiné : %1</translation>
    </message>
    <message>
        <source>Distinct values: %1; only the first %2 are listed, features with other values keep the fill colour.</source>
        <translation>Valeurs distinctes : %1 ; seules les %2 premières sont listées, les entités des autres valeurs gardent la couleur de remplissage.</translation>
    </message>
    <message>
        <source>Distinct values: %1.</source>
        <translation>Valeurs distinctes : %1.</translation>
    </message>
</context>
<context>
    <name>lumiere::ui::StylePreview</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>All features</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>One symbol for every feature.</source>
        <translation>Un même symbole pour toutes les entités.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <source>Other values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>No category yet: choose a column and press Classify.</source>
        <translation>Aucune catégorie : choisissez une colonne et cliquez sur Classer.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Circle areas are proportional to the values.</source>
        <translation>La surface des cercles est proportionnelle aux valeurs.</translation>
    </message>
    <message>
        <source>The column has no positive value to draw.</source>
        <translation>La colonne n'a aucune valeur positive à représenter.</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>Catégories : %1.</translation>
    </message>
    <message>
        <source>Classes: %1.</source>
        <translation>Classes : %1.</translation>
    </message>
    <message>
        <source>No data: %1.</source>
        <translation>Pas de données : %1.</translation>
    </message>
</context>
</TS>