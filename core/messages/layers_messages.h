// X-macro list (see message_code.h): messages of layers. No include guard: included once per use.

// Loading a layer (core/layers/layer_loader.cpp). %1 is the file unless said otherwise.
LUMIERE_MESSAGE(LayerNoFileGiven,
                QT_TRANSLATE_NOOP("Message", "no file given: name one or more map files"))
LUMIERE_MESSAGE(
    LayerFileMissing,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: no such file; check the path (or run scripts/fetch-data for the sample data)"))
LUMIERE_MESSAGE(LayerFileEmpty,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the file is empty (0 bytes); it was probably cut short when "
                                  "copied or sent: get it again"))
LUMIERE_MESSAGE(LayerEmptyZip,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: an empty ZIP archive, not a map layer (its name hides what "
                                  "it is); it holds no file: ask for the layer again"))
LUMIERE_MESSAGE(
    LayerZip,
    QT_TRANSLATE_NOOP("Message",
                      "%1: a ZIP archive, not a map layer (its name hides what it is); extract the "
                      "layer from it (.shp with its .shx and .dbf) and open that"))
LUMIERE_MESSAGE(
    ShapefileBadStart,
    QT_TRANSLATE_NOOP("Message",
                      "%1: does not start as a shapefile does (the file is damaged, or another "
                      "kind of file was renamed .shp); get a complete copy of the layer"))
LUMIERE_MESSAGE(ShapefileNoShx,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the shapefile has no .shx index beside it; copy the .shx "
                                  "file that came with the .shp into the same folder"))
LUMIERE_MESSAGE(ShapefileNoDbf,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the shapefile has no .dbf attribute table beside it; copy "
                                  "the .dbf file that came with the .shp into the same folder"))
LUMIERE_MESSAGE(LayerNotRecognised,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: not a map layer GDAL can read; give a GeoJSON, Shapefile, "
                                  "GeoPackage or FlatGeobuf file of territory boundaries"))
// %2: GDAL's own message.
LUMIERE_MESSAGE(LayerDamaged, QT_TRANSLATE_NOOP("Message",
                                                "%1: cannot be read, the file looks damaged or cut "
                                                "short (GDAL: %2); get a complete copy of it"))
// %2: the field asked for; %3: the fields of the file, or LayerNoFields.
LUMIERE_MESSAGE(LayerNoCodeFieldNamed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: no field named \"%2\" for the COG code; the fields are: %3"))
LUMIERE_MESSAGE(LayerNoNameFieldNamed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: no field named \"%2\" for the name; the fields are: %3"))
LUMIERE_MESSAGE(LayerNoFields, QT_TRANSLATE_NOOP("Message", "(none)"))
// %2: the layer's name.
LUMIERE_MESSAGE(LayerNoGeometry,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the layer \"%2\" has no geometry (a plain table?); give the "
                                  "boundaries file, or import the table as indicators"))
LUMIERE_MESSAGE(
    LayerHoldsPoints,
    QT_TRANSLATE_NOOP("Message",
                      "%1: the layer \"%2\" holds points, and territories are polygons; give the "
                      "boundaries (communes, départements), not their centroids or outlines"))
LUMIERE_MESSAGE(
    LayerHoldsLines,
    QT_TRANSLATE_NOOP("Message",
                      "%1: the layer \"%2\" holds lines, and territories are polygons; give the "
                      "boundaries (communes, départements), not their centroids or outlines"))
// %2: the feature's number; %3: GDAL's own message.
LUMIERE_MESSAGE(LayerReadStopped,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: reading stopped at feature %2, the file looks damaged or "
                                  "cut short (GDAL: %3); get a complete copy of it"))
LUMIERE_MESSAGE(
    LayerPreparedFieldsLost,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: the layer \"%2\" was written by Lumière but lost some of its fields (code, nom, zone, "
        "area_m2, label_x, label_y); load the original boundaries again"))
LUMIERE_MESSAGE(LayerPreparedReadStopped,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: reading stopped at feature %2, the file looks damaged "
                                  "(GDAL: %3); save the project again from a good copy"))
LUMIERE_MESSAGE(
    LayerFileHoldsNoLayer,
    QT_TRANSLATE_NOOP("Message",
                      "%1: the file holds no layer; give a file with territory boundaries"))
LUMIERE_MESSAGE(LayerNoLayerNamed,
                QT_TRANSLATE_NOOP("Message", "%1: no layer named \"%2\" in this file"))
// %2: why the file's CRS cannot be used (CrsUnknown).
LUMIERE_MESSAGE(LayerCrsUnusable, QT_TRANSLATE_NOOP("Message", "%1: %2"))

// Warnings of a loaded layer (VectorLayer::warnings). Where the layer comes from is the last
// placeholder: the file's path (an argument) or, for a layer merged from several files,
// LayerMergedFiles (the cause).
LUMIERE_MESSAGE(LayerMergedFiles, QT_TRANSLATE_NOOP("Message", "layer \"%1\" (%2 files)"))
// %1: the layer's name.
LUMIERE_MESSAGE(LayerNoFeature,
                QT_TRANSLATE_NOOP("Message",
                                  "%2: the layer \"%1\" has no feature: there is nothing to map"))
LUMIERE_MESSAGE_FOR(LayerNoCodeField,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1: no COG code field found; name it with --code-field "
                                      "(zones are then found from positions)"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1: no COG code field found; choose the code field in the "
                                      "layer's properties (zones are then found from positions)"))
// %1: a number of features.
LUMIERE_MESSAGE(LayerDuplicateCodes,
                QT_TRANSLATE_NOOP(
                    "Message", "%2: %1 features repeat a code that an earlier feature already has"))
LUMIERE_MESSAGE(
    LayerFeaturesWithoutGeometry,
    QT_TRANSLATE_NOOP("Message",
                      "%2: %1 features have no geometry (null or empty): they are kept, unmapped"))
LUMIERE_MESSAGE(
    LayerFeaturesNotPolygons,
    QT_TRANSLATE_NOOP(
        "Message",
        "%2: %1 features hold points or lines instead of polygons: they are kept, unmapped"))
LUMIERE_MESSAGE(
    LayerGeometriesRepaired,
    QT_TRANSLATE_NOOP("Message",
                      "%2: %1 invalid geometries (self-intersections, bad rings) were repaired"))
LUMIERE_MESSAGE(
    LayerGeometriesUnrepairable,
    QT_TRANSLATE_NOOP("Message",
                      "%2: %1 invalid geometries could not be repaired: they are kept, unmapped"))

// The inset layout stored with the layers (insets_from_json).
LUMIERE_MESSAGE(InsetLayoutNotJson,
                QT_TRANSLATE_NOOP("Message", "the inset layout is not valid JSON"))
LUMIERE_MESSAGE(InsetEntryNotObject,
                QT_TRANSLATE_NOOP("Message", "the inset layout has an entry that is not an object"))
LUMIERE_MESSAGE(InsetEntryNotDrom,
                QT_TRANSLATE_NOOP("Message",
                                  "the inset layout has an entry that is not a DROM inset"))

// Writing layers into a GeoPackage (core/layers/layer_writer.cpp).
LUMIERE_MESSAGE(WriteMetaTableNotCreated,
                QT_TRANSLATE_NOOP("Message", "cannot create the table lumiere_layers"))
LUMIERE_MESSAGE(WriteLayerNotCreated,
                QT_TRANSLATE_NOOP("Message", "cannot create the layer \"%1\""))
LUMIERE_MESSAGE(WriteNoTransaction, QT_TRANSLATE_NOOP("Message", "cannot start a transaction"))
// %1: the feature's number; %2: the layer's name.
LUMIERE_MESSAGE(WriteFeatureFailed,
                QT_TRANSLATE_NOOP("Message", "cannot write feature %1 of \"%2\""))
LUMIERE_MESSAGE(WriteCommitFailed, QT_TRANSLATE_NOOP("Message", "cannot commit the layer"))
LUMIERE_MESSAGE(WriteLayerNotDescribed, QT_TRANSLATE_NOOP("Message", "cannot describe the layer"))
LUMIERE_MESSAGE(WriteCloseFailed, QT_TRANSLATE_NOOP("Message", "closing the new file failed"))
LUMIERE_MESSAGE(WriteNoGeoPackageDriver,
                QT_TRANSLATE_NOOP(
                    "Message", "GDAL has no GeoPackage driver: install libgdal32 (Debian's GDAL)"))
// %1: the file saved; %2: its folder.
LUMIERE_MESSAGE(WriteNoFolder,
                QT_TRANSLATE_NOOP("Message", "%1: the folder %2 does not exist; create it first"))
LUMIERE_MESSAGE(WriteReadOnlyFolder,
                QT_TRANSLATE_NOOP(
                    "Message", "%1: cannot write in %2 (read-only folder?); choose another place"))
LUMIERE_MESSAGE(WriteNoSpace, QT_TRANSLATE_NOOP("Message",
                                                "%1: not enough space on %2: free some space or "
                                                "save elsewhere; the previous file is unchanged"))
LUMIERE_MESSAGE(WriteCancelled,
                QT_TRANSLATE_NOOP("Message", "%1: save cancelled; the previous file is unchanged"))
// %1: GDAL's own message; %2: what failed (the cause).
LUMIERE_MESSAGE(WriteGdalSaid, QT_TRANSLATE_NOOP("Message", "%2 (GDAL: %1)"))
// %2: what failed (the cause).
LUMIERE_MESSAGE(WriteFailed, QT_TRANSLATE_NOOP("Message", "%1: %2; the previous file is unchanged"))
// %2: the system's reason.
LUMIERE_MESSAGE(
    WriteFlushFailed,
    QT_TRANSLATE_NOOP(
        "Message", "%1: could not flush the new file to disk (%2); the previous file is unchanged"))
LUMIERE_MESSAGE(
    WriteReplaceFailed,
    QT_TRANSLATE_NOOP("Message",
                      "%1: could not replace the file (%2); the previous file is unchanged"))
