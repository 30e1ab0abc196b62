"""French of core/messages/geometry_messages.h, cog_messages.h and layers_messages.h."""
FRENCH = {
    # geometry_messages.h
    'the coordinate reference system "%1" is not one PROJ knows: give an EPSG code such as '
    'EPSG:2154':
        "le système de coordonnées de référence « %1 » n'est pas connu de PROJ : indiquez un "
        "code EPSG, par exemple EPSG:2154",
    "%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to %5) are "
    "metres, not degrees; read as Lambert-93 (EPSG:2154). If that is wrong, give the right one "
    "with --crs EPSG:n":
        "%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de "
        "%4 à %5) sont en mètres et non en degrés ; lecture en Lambert-93 (EPSG:2154). Si ce "
        "n'est pas le bon système, indiquez le bon avec --crs EPSG:n",
    "%1: no coordinate reference system and the coordinates (x %2 to %3, y %4 to %5) are "
    "metres, not degrees; read as Lambert-93 (EPSG:2154). If that is wrong, choose the right one "
    "in the layer's properties":
        "%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de "
        "%4 à %5) sont en mètres et non en degrés ; lecture en Lambert-93 (EPSG:2154). Si ce "
        "n'est pas le bon système, choisissez le bon dans les propriétés de la couche",
    "%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot be "
    "degrees; give the CRS with --crs EPSG:n (Lambert-93 is EPSG:2154, Lambert II étendu "
    "EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)":
        "%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de "
        "%4 à %5) ne peuvent pas être des degrés ; indiquez le système avec --crs EPSG:n "
        "(Lambert-93 : EPSG:2154, Lambert II étendu : EPSG:27572, zones UTM des DROM : "
        "EPSG:5490, 2972, 2975, 4471)",
    "%1: no coordinate reference system, and the coordinates (x %2 to %3, y %4 to %5) cannot be "
    "degrees; choose the CRS in the layer's properties (Lambert-93 is EPSG:2154, Lambert II "
    "étendu EPSG:27572, the DROM UTM zones EPSG:5490, 2972, 2975, 4471)":
        "%1 : aucun système de coordonnées de référence, et les coordonnées (x de %2 à %3, y de "
        "%4 à %5) ne peuvent pas être des degrés ; choisissez le système dans les propriétés de "
        "la couche (Lambert-93 : EPSG:2154, Lambert II étendu : EPSG:27572, zones UTM des "
        "DROM : EPSG:5490, 2972, 2975, 4471)",
    # cog_messages.h
    "%1: cannot open the COG file; run scripts/fetch-data or give the COG folder with --cog":
        "%1 : impossible d'ouvrir le fichier du COG ; lancez scripts/fetch-data ou indiquez le "
        "dossier du COG avec --cog",
    "%1: cannot open the COG file; run scripts/fetch-data or choose the COG folder in the "
    "settings":
        "%1 : impossible d'ouvrir le fichier du COG ; lancez scripts/fetch-data ou choisissez le "
        "dossier du COG dans les paramètres",
    "%1: not a COG file (a JSON array was expected); get it again with scripts/fetch-data":
        "%1 : ce n'est pas un fichier du COG (un tableau JSON était attendu) ; téléchargez-le de "
        "nouveau avec scripts/fetch-data",
    # layers_messages.h: loading
    "no file given: name one or more map files":
        "aucun fichier indiqué : indiquez un ou plusieurs fichiers cartographiques",
    "%1: no such file; check the path (or run scripts/fetch-data for the sample data)":
        "%1 : fichier introuvable ; vérifiez le chemin (ou lancez scripts/fetch-data pour les "
        "données d'exemple)",
    "%1: the file is empty (0 bytes); it was probably cut short when copied or sent: get it "
    "again":
        "%1 : le fichier est vide (0 octet) ; il a probablement été tronqué lors d'une copie ou "
        "d'un envoi : procurez-vous-le de nouveau",
    "%1: an empty ZIP archive, not a map layer (its name hides what it is); it holds no file: "
    "ask for the layer again":
        "%1 : archive ZIP vide, et non couche cartographique (son nom masque sa nature) ; elle "
        "ne contient aucun fichier : demandez de nouveau la couche",
    "%1: a ZIP archive, not a map layer (its name hides what it is); extract the layer from it "
    "(.shp with its .shx and .dbf) and open that":
        "%1 : archive ZIP, et non couche cartographique (son nom masque sa nature) ; extrayez-en "
        "la couche (le .shp avec ses fichiers .shx et .dbf) et ouvrez-la",
    "%1: does not start as a shapefile does (the file is damaged, or another kind of file was "
    "renamed .shp); get a complete copy of the layer":
        "%1 : le fichier ne commence pas comme un shapefile (il est endommagé, ou un autre type "
        "de fichier a été renommé en .shp) ; procurez-vous une copie complète de la couche",
    "%1: the shapefile has no .shx index beside it; copy the .shx file that came with the .shp "
    "into the same folder":
        "%1 : le shapefile n'est pas accompagné de son index .shx ; copiez le fichier .shx "
        "fourni avec le .shp dans le même dossier",
    "%1: the shapefile has no .dbf attribute table beside it; copy the .dbf file that came with "
    "the .shp into the same folder":
        "%1 : le shapefile n'est pas accompagné de sa table attributaire .dbf ; copiez le "
        "fichier .dbf fourni avec le .shp dans le même dossier",
    "%1: not a map layer GDAL can read; give a GeoJSON, Shapefile, GeoPackage or FlatGeobuf "
    "file of territory boundaries":
        "%1 : ce n'est pas une couche cartographique lisible par GDAL ; fournissez un fichier "
        "GeoJSON, Shapefile, GeoPackage ou FlatGeobuf de limites territoriales",
    "%1: cannot be read, the file looks damaged or cut short (GDAL: %2); get a complete copy of "
    "it":
        "%1 : lecture impossible, le fichier semble endommagé ou tronqué (GDAL : %2) ; "
        "procurez-vous-en une copie complète",
    '%1: no field named "%2" for the COG code; the fields are: %3':
        "%1 : aucun champ nommé « %2 » pour le code COG ; les champs sont : %3",
    '%1: no field named "%2" for the name; the fields are: %3':
        "%1 : aucun champ nommé « %2 » pour le nom ; les champs sont : %3",
    "(none)": "(aucun)",
    '%1: the layer "%2" has no geometry (a plain table?); give the boundaries file, or import '
    'the table as indicators':
        "%1 : la couche « %2 » n'a pas de géométrie (simple table ?) ; fournissez le fichier des "
        "limites, ou importez la table comme indicateurs",
    '%1: the layer "%2" holds points, and territories are polygons; give the boundaries '
    '(communes, départements), not their centroids or outlines':
        "%1 : la couche « %2 » contient des points, alors que les territoires sont des "
        "polygones ; fournissez les limites (communes, départements), et non leurs centroïdes "
        "ou leurs contours",
    '%1: the layer "%2" holds lines, and territories are polygons; give the boundaries '
    '(communes, départements), not their centroids or outlines':
        "%1 : la couche « %2 » contient des lignes, alors que les territoires sont des "
        "polygones ; fournissez les limites (communes, départements), et non leurs centroïdes "
        "ou leurs contours",
    "%1: reading stopped at feature %2, the file looks damaged or cut short (GDAL: %3); get a "
    "complete copy of it":
        "%1 : lecture interrompue à l'entité %2, le fichier semble endommagé ou tronqué "
        "(GDAL : %3) ; procurez-vous-en une copie complète",
    '%1: the layer "%2" was written by Lumière but lost some of its fields (code, nom, zone, '
    'area_m2, label_x, label_y); load the original boundaries again':
        "%1 : la couche « %2 » a été écrite par Lumière mais a perdu certains de ses champs "
        "(code, nom, zone, area_m2, label_x, label_y) ; chargez de nouveau les limites "
        "d'origine",
    "%1: reading stopped at feature %2, the file looks damaged (GDAL: %3); save the project "
    "again from a good copy":
        "%1 : lecture interrompue à l'entité %2, le fichier semble endommagé (GDAL : %3) ; "
        "enregistrez de nouveau le projet à partir d'une copie saine",
    "%1: the file holds no layer; give a file with territory boundaries":
        "%1 : le fichier ne contient aucune couche ; fournissez un fichier de limites "
        "territoriales",
    '%1: no layer named "%2" in this file':
        "%1 : aucune couche nommée « %2 » dans ce fichier",
    "%1: %2": "%1 : %2",
    # layers_messages.h: warnings of a loaded layer
    'layer "%1" (%2 files)': "couche « %1 » (%2 fichiers)",
    '%2: the layer "%1" has no feature: there is nothing to map':
        "%2 : la couche « %1 » ne contient aucune entité : il n'y a rien à cartographier",
    "%1: no COG code field found; name it with --code-field (zones are then found from "
    "positions)":
        "%1 : aucun champ de code COG trouvé ; indiquez-le avec --code-field (les zones sont "
        "alors déduites des positions)",
    "%1: no COG code field found; choose the code field in the layer's properties (zones are "
    "then found from positions)":
        "%1 : aucun champ de code COG trouvé ; choisissez le champ de code dans les propriétés "
        "de la couche (les zones sont alors déduites des positions)",
    "%2: %1 features repeat a code that an earlier feature already has":
        "%2 : %1 entités reprennent un code déjà porté par une entité précédente",
    "%2: %1 features have no geometry (null or empty): they are kept, unmapped":
        "%2 : %1 entités n'ont pas de géométrie (nulle ou vide) : elles sont conservées, sans "
        "être cartographiées",
    "%2: %1 features hold points or lines instead of polygons: they are kept, unmapped":
        "%2 : %1 entités contiennent des points ou des lignes au lieu de polygones : elles sont "
        "conservées, sans être cartographiées",
    "%2: %1 invalid geometries (self-intersections, bad rings) were repaired":
        "%2 : %1 géométries invalides (auto-intersections, anneaux incorrects) ont été réparées",
    "%2: %1 invalid geometries could not be repaired: they are kept, unmapped":
        "%2 : %1 géométries invalides n'ont pas pu être réparées : elles sont conservées, sans "
        "être cartographiées",
    # layers_messages.h: the inset layout
    "the inset layout is not valid JSON":
        "la disposition des encarts n'est pas un JSON valide",
    "the inset layout has an entry that is not an object":
        "la disposition des encarts contient une entrée qui n'est pas un objet",
    "the inset layout has an entry that is not a DROM inset":
        "la disposition des encarts contient une entrée qui n'est pas un encart de DROM",
    # layers_messages.h: writing
    "cannot create the table lumiere_layers": "impossible de créer la table lumiere_layers",
    'cannot create the layer "%1"': "impossible de créer la couche « %1 »",
    "cannot start a transaction": "impossible de démarrer une transaction",
    'cannot write feature %1 of "%2"': "impossible d'écrire l'entité %1 de « %2 »",
    "cannot commit the layer": "impossible de valider la couche",
    "cannot describe the layer": "impossible de décrire la couche",
    "closing the new file failed": "la fermeture du nouveau fichier a échoué",
    "GDAL has no GeoPackage driver: install libgdal32 (Debian's GDAL)":
        "GDAL n'a pas de pilote GeoPackage : installez libgdal32 (le GDAL de Debian)",
    "%1: the folder %2 does not exist; create it first":
        "%1 : le dossier %2 n'existe pas ; créez-le d'abord",
    "%1: cannot write in %2 (read-only folder?); choose another place":
        "%1 : impossible d'écrire dans %2 (dossier en lecture seule ?) ; choisissez un autre "
        "emplacement",
    "%1: not enough space on %2: free some space or save elsewhere; the previous file is "
    "unchanged":
        "%1 : espace insuffisant sur %2 : libérez de l'espace ou enregistrez ailleurs ; le "
        "fichier précédent est inchangé",
    "%1: save cancelled; the previous file is unchanged":
        "%1 : enregistrement annulé ; le fichier précédent est inchangé",
    "%2 (GDAL: %1)": "%2 (GDAL : %1)",
    "%1: %2; the previous file is unchanged": "%1 : %2 ; le fichier précédent est inchangé",
    "%1: could not flush the new file to disk (%2); the previous file is unchanged":
        "%1 : impossible d'écrire le nouveau fichier sur le disque (%2) ; le fichier précédent "
        "est inchangé",
    "%1: could not replace the file (%2); the previous file is unchanged":
        "%1 : impossible de remplacer le fichier (%2) ; le fichier précédent est inchangé",
}
