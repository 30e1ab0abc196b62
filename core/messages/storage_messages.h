// X-macro list (see message_code.h): messages of the project's storage (core/project/
// sqlite_store.cpp, the commit in place) and of the rows set aside when a project is read. No
// include guard: included once per use.
// %1 the file, %2 SQLite's words.
LUMIERE_MESSAGE(StoreCannotOpen,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be opened as a database (SQLite: %2); check that it "
                                  "is a project file saved by Lumière"))
LUMIERE_MESSAGE_FOR(StoreFileReadOnly,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 is read-only for you, so nothing was saved in it; ask "
                                      "its owner for write access, or work on a copy"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 is read-only for you, so nothing was saved in it; use "
                                      "Save As to save a copy elsewhere"))
// %1 the file, %2 its folder.
LUMIERE_MESSAGE_FOR(StoreFolderReadOnly,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 was not saved: its folder %2 is read-only (a save "
                                      "writes a journal beside the file); ask for write access "
                                      "to the folder, or work on a copy elsewhere"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 was not saved: its folder %2 is read-only (a save "
                                      "writes a journal beside the file); use Save As to save "
                                      "it elsewhere"))
LUMIERE_MESSAGE(StoreBusy,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is being written by another program, so nothing was saved; "
                                  "try again when it has finished"))
LUMIERE_MESSAGE(StoreWalInUse,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is open in another program that keeps it in WAL mode (QGIS, "
                                  "for instance), so nothing was saved; close it there and try "
                                  "again"))
LUMIERE_MESSAGE(StoreCommitFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: the changes were not saved (SQLite: %2); the project is "
                                  "as it was"))
LUMIERE_MESSAGE(StoreReadFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be read (SQLite: %2); the file looks damaged, open "
                                  "a backup copy"))
// %1 the file, %2 the folder.
LUMIERE_MESSAGE(StoreNoSpace,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: not enough space on %2, so nothing was saved; free some "
                                  "space and save again; the project is as it was"))

// Rows set aside when a project is read (core/project/project_open.cpp). %1 the file, %2 the
// row's id (fid), %3 the table, %4 the row as stored ("column=value, ..."), %5 what is wrong with
// it (the cause).
LUMIERE_MESSAGE(ProjectRowSetAside,
                QT_TRANSLATE_NOOP("Message", "%1: row %2 of the table %3 (%4) set aside: it %5"))
// The reason a project with damaged rows is read-only. %1 the file, %2 how many rows.
LUMIERE_MESSAGE_FOR(ProjectHasDamagedRows,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has %2 damaged rows, set aside: it is read-only; write "
                                      "a repaired copy with: lumiere repair %1 --out COPY.gpkg"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has %2 damaged rows, set aside: it opened read-only; "
                                      "save a repaired copy with Save As"))

// The window's recovery file (core/project/recovery.cpp). %1 the file, %2 why.
LUMIERE_MESSAGE(RecoveryUnreadable,
                QT_TRANSLATE_NOOP("Message", "the recovery file %1 cannot be read (%2)"))
LUMIERE_MESSAGE(RecoveryCannotWrite,
                QT_TRANSLATE_NOOP("Message", "the recovery file %1 cannot be written (%2)"))
