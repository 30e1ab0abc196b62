// X-macro list (see message_code.h): messages of project. No include guard: included once per
// use.
// Writing a project file (core/project/project.cpp).
LUMIERE_MESSAGE(ProjectCannotCreateTable,
                QT_TRANSLATE_NOOP("Message", "cannot create the table %1"))
LUMIERE_MESSAGE(ProjectCannotCreateColumn,
                QT_TRANSLATE_NOOP("Message", "cannot create the column %1 of %2"))
LUMIERE_MESSAGE(ProjectCannotWriteRow,
                QT_TRANSLATE_NOOP("Message", "cannot write a row of the table %1"))
LUMIERE_MESSAGE(ProjectCannotStartTransaction,
                QT_TRANSLATE_NOOP("Message", "cannot start a transaction"))
LUMIERE_MESSAGE(ProjectCannotCommitTables,
                QT_TRANSLATE_NOOP("Message", "cannot commit the project tables"))
LUMIERE_MESSAGE(ProjectLayerUnnamed, QT_TRANSLATE_NOOP("Message", "a layer has no name; name it"))
LUMIERE_MESSAGE(ProjectLayerNameReserved,
                QT_TRANSLATE_NOOP("Message",
                                  "the layer name \"%1\" is a table of the project "
                                  "file; rename the layer"))
LUMIERE_MESSAGE(ProjectLayerNameRepeated,
                QT_TRANSLATE_NOOP("Message", "two layers are named \"%1\"; rename one of them"))
LUMIERE_MESSAGE(ProjectDocumentNameRepeated,
                QT_TRANSLATE_NOOP("Message",
                                  "two documents of kind \"%1\" are named \"%2\"; "
                                  "rename one of them"))
// %1 the file, %2 why (the cause).
LUMIERE_MESSAGE(ProjectNotSaved, QT_TRANSLATE_NOOP("Message", "%1: not saved, %2"))
LUMIERE_MESSAGE(ProjectNotSavedReadOnly,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: not saved, this project was opened read-only; "
                                  "save it under another name"))
// %1 why another holds the file (a Lock... message, the cause).
LUMIERE_MESSAGE(ProjectNotSavedOverHeld,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, so it was not saved over; save under another name"))
// %1 why the file could not be locked (a Lock... message, the cause).
LUMIERE_MESSAGE(ProjectNotSavedNotLocked,
                QT_TRANSLATE_NOOP("Message", "%1, so it was not saved; save it elsewhere"))

// Opening a project file (core/project/project_open.cpp).
LUMIERE_MESSAGE(ProjectNoSuchFile, QT_TRANSLATE_NOOP("Message", "%1: no such file; check the path"))
LUMIERE_MESSAGE(ProjectIsAFolder,
                QT_TRANSLATE_NOOP("Message", "%1 is a folder; open a project file (.gpkg)"))
LUMIERE_MESSAGE(ProjectNotAGeoPackage,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is not a GeoPackage; open a project file saved by Lumière"))
// %1 the file, %2 SQLite's (or GDAL's) own message.
LUMIERE_MESSAGE(ProjectDamaged,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be read, the file looks damaged or cut "
                                  "short (%2); open a backup copy"))
// %1 the file, %2 the project table's name.
LUMIERE_MESSAGE(ProjectNotALumiereProject,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a GeoPackage but not a Lumière project (it "
                                  "has no %2 table); add it as a map layer instead, or "
                                  "open a project saved by Lumière"))
LUMIERE_MESSAGE(ProjectBadSchemaVersion,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the table %2 gives no valid schema_version (a "
                                  "whole number from 1), the file is damaged; open a "
                                  "backup copy"))
// %1 the file, %2 its schema, %3 the newest this build reads.
LUMIERE_MESSAGE(ProjectNewerSchema,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 was made by a newer version of Lumière (schema "
                                  "%2, this one reads up to %3): update Lumière"))
// %1 the file, %2 and %3 the schemas, %4 why (the cause).
LUMIERE_MESSAGE(ProjectMigrationFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: cannot bring the file from schema %2 to %3 (%4); "
                                  "open it with the Lumière that made it"))
// %1 the file, %2 the table.
LUMIERE_MESSAGE(ProjectTableMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the table %2 of the project is missing, the "
                                  "file is damaged; open a backup copy"))
// %1 the file, %2 the table, %3 the column.
LUMIERE_MESSAGE(ProjectColumnMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the table %2 has lost its column %3, the file "
                                  "is damaged; open a backup copy"))
// A row that cannot be read: %1 the file, %2 the row's fid, %3 the table, %4 what is wrong with
// it (the cause, one of the ProjectRow... messages below).
LUMIERE_MESSAGE(ProjectBadRow,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: row %2 of the table %3 %4; correct that row (in "
                                  "QGIS, for instance) or open a backup copy"))
LUMIERE_MESSAGE(ProjectRowNoCode, QT_TRANSLATE_NOOP("Message", "has no code"))
LUMIERE_MESSAGE(ProjectRowBadCommuneType,
                QT_TRANSLATE_NOOP("Message", "has the type \"%1\", not one of %2"))
LUMIERE_MESSAGE(ProjectRowRepeatedCommune,
                QT_TRANSLATE_NOOP("Message", "repeats the current commune %1"))
LUMIERE_MESSAGE(ProjectRowBadPopulation,
                QT_TRANSLATE_NOOP("Message", "has no valid population (a whole number from 0)"))
LUMIERE_MESSAGE(ProjectRowRepeatedDepartement,
                QT_TRANSLATE_NOOP("Message", "repeats the département %1"))
LUMIERE_MESSAGE(ProjectRowRepeatedRegion, QT_TRANSLATE_NOOP("Message", "repeats the région %1"))
LUMIERE_MESSAGE(ProjectRowNoEpciSiren,
                QT_TRANSLATE_NOOP("Message", "has no SIREN in its column code"))
LUMIERE_MESSAGE(ProjectRowRepeatedEpci, QT_TRANSLATE_NOOP("Message", "repeats the EPCI %1"))
LUMIERE_MESSAGE(ProjectRowBadStructureKind,
                QT_TRANSLATE_NOOP("Message", "has the kind \"%1\", not one of %2"))
LUMIERE_MESSAGE(ProjectRowBadMemberKind,
                QT_TRANSLATE_NOOP("Message", "has the member kind \"%1\", not one of %2"))
LUMIERE_MESSAGE(ProjectRowRepeatedMember,
                QT_TRANSLATE_NOOP("Message", "repeats the member %1 of the structure \"%2\""))
LUMIERE_MESSAGE(ProjectRowNoVintage, QT_TRANSLATE_NOOP("Message", "has no vintage (a year)"))
LUMIERE_MESSAGE(ProjectRowBadAdopted,
                QT_TRANSLATE_NOOP("Message",
                                  "says \"%1\" for adopted, not 1 (yes), 0 (no) or nothing"))
LUMIERE_MESSAGE(ProjectRowLevelNotANumber,
                QT_TRANSLATE_NOOP("Message", "has a level that is not a number"))
// %1 the commune, %2 the usage, %3 the vintage.
LUMIERE_MESSAGE(ProjectRowRepeatedIndicator,
                QT_TRANSLATE_NOOP("Message", "repeats the value of %1 for \"%2\" in %3"))
// %1 why (the cause).
LUMIERE_MESSAGE(ProjectRowBadInsets,
                QT_TRANSLATE_NOOP("Message", "has an inset layout that cannot be read (%1)"))
// %1 the document's name, %2 its kind.
LUMIERE_MESSAGE(ProjectRowRepeatedDocument,
                QT_TRANSLATE_NOOP("Message", "repeats the document \"%1\" of kind \"%2\""))
// %1 the model's check that fails (the cause).
LUMIERE_MESSAGE(ProjectRowBreaksModel, QT_TRANSLATE_NOOP("Message", "breaks the model (%1)"))
// The model command that restores a project's model (never shown: it is not undoable).
LUMIERE_MESSAGE(ProjectUndoOpen, QT_TRANSLATE_NOOP("Message", "Open the project"))
// Why a project opened read-only (Project::read_only_reason), when it is not a Lock... message.
LUMIERE_MESSAGE(ProjectOpenedReadOnly, QT_TRANSLATE_NOOP("Message", "%1 was opened read-only"))

// The demo project (core/project/demo_project.cpp).
LUMIERE_MESSAGE(DemoBadVintage,
                QT_TRANSLATE_NOOP("Message",
                                  "The vintage %1 is not a year between 1990 and 2100: "
                                  "give another."))
LUMIERE_MESSAGE(DemoDataMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "The sample data is missing in %1 (boundaries/"
                                  "communes, boundaries/departements-avec-outre-mer."
                                  "geojson, cog/): run scripts/fetch-data or give the "
                                  "data folder."))
LUMIERE_MESSAGE(DemoBoundariesUnknown,
                QT_TRANSLATE_NOOP("Message",
                                  "The boundaries in %1 hold no commune or no "
                                  "département layer the COG knows: run "
                                  "scripts/fetch-data again."))
// %1 why (the cause).
LUMIERE_MESSAGE(DemoNotBuilt,
                QT_TRANSLATE_NOOP("Message", "The demo project could not be built: %1"))
