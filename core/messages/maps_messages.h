// X-macro list (see message_code.h): messages of maps. No include guard: included once per use.
// Styles and map documents read from JSON (maps/map_document.cpp).
// What is wrong in a style (%1, the cause: one of the Style... messages below).
LUMIERE_MESSAGE(StyleInvalid, QT_TRANSLATE_NOOP("Message", "style: %1"))
// The same in a layer of a map document: %1 the layer's number (from 1), %2 the cause.
LUMIERE_MESSAGE(MapLayerInvalid, QT_TRANSLATE_NOOP("Message", "layer %1: %2"))
// %1 the JSON key.
LUMIERE_MESSAGE(StyleNotAColour,
                QT_TRANSLATE_NOOP("Message", "\"%1\" is not a colour (use #rrggbb)"))
LUMIERE_MESSAGE(StyleBadKind,
                QT_TRANSLATE_NOOP("Message",
                                  "\"kind\" must be single, categorized, graduated or "
                                  "proportional"))
LUMIERE_MESSAGE(StyleBadFillMode,
                QT_TRANSLATE_NOOP("Message", "\"fill_mode\" must be solid, outline or hatched"))
LUMIERE_MESSAGE(StyleBadMethod,
                QT_TRANSLATE_NOOP("Message",
                                  "\"method\" must be quantiles, jenks, equal, stddev, "
                                  "q6, headtail or manual"))
// %1 the kind as the JSON names it (categorized, graduated, proportional).
LUMIERE_MESSAGE(StyleNeedsField, QT_TRANSLATE_NOOP("Message", "a %1 style needs a \"field\""))
// %1 the JSON parser's message, %2 the character where it stopped.
LUMIERE_MESSAGE(StyleNotValidJson,
                QT_TRANSLATE_NOOP("Message", "not a valid style: %1 at character %2"))
LUMIERE_MESSAGE(StyleNotAnObject,
                QT_TRANSLATE_NOOP("Message", "not a style: a JSON object is expected"))
LUMIERE_MESSAGE(MapNotValidJson,
                QT_TRANSLATE_NOOP("Message", "not a valid map document: %1 at character %2"))
LUMIERE_MESSAGE(MapNotAnObject,
                QT_TRANSLATE_NOOP("Message", "not a map document: a JSON object is expected"))
LUMIERE_MESSAGE(MapNotAMapDocument,
                QT_TRANSLATE_NOOP("Message",
                                  "not a map document: the key \"lumiere_map\" is missing"))
LUMIERE_MESSAGE(MapNewerVersion,
                QT_TRANSLATE_NOOP("Message",
                                  "this map document was written by a newer Lumière: "
                                  "update Lumière to open it"))
// %1 what is wrong with the insets (the cause).
LUMIERE_MESSAGE(MapBadInsets, QT_TRANSLATE_NOOP("Message", "map document: %1"))

// The maps of a project (maps/project_layers.cpp). %1 the map's name, %2 what is wrong with its
// document (the cause).
LUMIERE_MESSAGE(MapProjectMapInvalid,
                QT_TRANSLATE_NOOP("Message", "the map \"%1\" of the project: %2"))
// %1 the map asked for, %2 the project's maps (", "-joined).
LUMIERE_MESSAGE(MapProjectHasNoMap,
                QT_TRANSLATE_NOOP("Message", "the project has no map \"%1\"; its maps are: %2"))
// %1 the map layer's title, %2 the layer it draws.
LUMIERE_MESSAGE(MapLayerSourceMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "the map's layer \"%1\" draws \"%2\", which the "
                                  "project does not have"))
// A project without usages has no default map (never shown: its layers are drawn instead).
LUMIERE_MESSAGE(MapProjectNoUsage, QT_TRANSLATE_NOOP("Message", "no usage"))

// Styling a layer (maps/styled_layer.cpp). %1 the layer, %2 the column asked for, %3 the
// layer's columns (", "-joined).
LUMIERE_MESSAGE(StyleNoTextColumn,
                QT_TRANSLATE_NOOP("Message",
                                  "layer \"%1\": no text column named \"%2\"; its "
                                  "columns are: %3"))
LUMIERE_MESSAGE(StyleNoNumericColumn,
                QT_TRANSLATE_NOOP("Message",
                                  "layer \"%1\": no numeric column named \"%2\"; its "
                                  "columns are: %3"))
LUMIERE_MESSAGE(StyleNoTextColumnNoColumns,
                QT_TRANSLATE_NOOP("Message",
                                  "layer \"%1\": no text column named \"%2\"; its "
                                  "columns are: (none)"))
LUMIERE_MESSAGE(StyleNoNumericColumnNoColumns,
                QT_TRANSLATE_NOOP("Message",
                                  "layer \"%1\": no numeric column named \"%2\"; its "
                                  "columns are: (none)"))
// %1 the layer, %2 the column, %3 why it cannot be classified (the cause).
LUMIERE_MESSAGE(StyleCannotClassify,
                QT_TRANSLATE_NOOP("Message", "layer \"%1\", column \"%2\": %3"))
// %1 the layer, %2 the ramp, %3 the classes asked for, %4 the most the ramp has.
LUMIERE_MESSAGE(StyleRampTooFewClasses,
                QT_TRANSLATE_NOOP("Message",
                                  "layer \"%1\": the ramp %2 has no %3-class version "
                                  "(at most %4); choose fewer classes or another ramp"))

// Classifying values (maps/classification.cpp).
LUMIERE_MESSAGE(ClassesManualBreakCount,
                QT_TRANSLATE_NOOP("Message",
                                  "manual classes need 1 to 8 break values (2 to 9 "
                                  "classes), %1 were given; add or remove breaks"))
LUMIERE_MESSAGE(ClassesManualBreakNotANumber,
                QT_TRANSLATE_NOOP("Message", "manual break %1 is not a number; enter a number"))
// %1 the break, %2 the one before it.
LUMIERE_MESSAGE(ClassesManualBreaksNotIncreasing,
                QT_TRANSLATE_NOOP("Message",
                                  "manual breaks must increase: %1 comes after %2; "
                                  "sort them and remove duplicates"))
// %1 the break, %2 the minimum, %3 the maximum.
LUMIERE_MESSAGE(ClassesManualBreakOutside,
                QT_TRANSLATE_NOOP("Message",
                                  "manual break %1 is outside the values (%2 to %3); "
                                  "choose breaks strictly between the minimum and the "
                                  "maximum"))
LUMIERE_MESSAGE(ClassesCountOutOfRange,
                QT_TRANSLATE_NOOP("Message",
                                  "the number of classes must be between 3 and 9, not "
                                  "%1; choose a number in that range"))
// %1 the number of features.
LUMIERE_MESSAGE(ClassesNoValue, QT_TRANSLATE_NOOP("Message",
                                                  "there is no value to classify (%1 features, all "
                                                  "without data); choose a field that has values"))

// Exporting a map (maps/map_exporter.cpp). %1 the output file.
LUMIERE_MESSAGE(ExportUnknownFormat,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: unknown output format; name the file .png, .svg "
                                  "or .pdf"))
// %2 the folder.
LUMIERE_MESSAGE(ExportNoFolder,
                QT_TRANSLATE_NOOP("Message", "%1: the folder %2 does not exist; create it first"))
// %2 the system's reason.
LUMIERE_MESSAGE(ExportCannotWrite, QT_TRANSLATE_NOOP("Message", "%1: cannot write (%2)"))
LUMIERE_MESSAGE(ExportPngNotWritten,
                QT_TRANSLATE_NOOP("Message", "%1: the PNG could not be written"))
// %2 the system's reason.
LUMIERE_MESSAGE(ExportNotSaved,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the file could not be saved (%2); is the disk "
                                  "full?"))
