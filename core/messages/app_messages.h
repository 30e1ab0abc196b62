// X-macro list (see message_code.h): messages of app. No include guard: included once per use.

// The value column of an indicator table (app/import_apply.cpp, shared by `lumiere import
// indicators` and the window's import). %1 the table's file; the columns are listed as
// "name (type)", ", "-joined.
// %2 the column asked for, %3 the table's columns.
LUMIERE_MESSAGE(AppNoColumnNamed,
                QT_TRANSLATE_NOOP("Message", "the table %1 has no column \"%2\" (its columns: %3)"))
// %1 the column, %2 its type (yes/no, ratio, stock...).
LUMIERE_MESSAGE(
    AppColumnNotIndicator,
    QT_TRANSLATE_NOOP(
        "Message", "the column \"%1\" holds %2 values: an indicator is a yes/no or a ratio column"))
// %2 the table's columns.
LUMIERE_MESSAGE_FOR(
    AppNoValueColumn,
    QT_TRANSLATE_NOOP("Message",
                      "the table %1 has no yes/no or ratio column to import (its columns: %2): "
                      "name one with --value-column"),
    QT_TRANSLATE_NOOP("Message",
                      "the table %1 has no yes/no or ratio column to import (its columns: %2): an "
                      "indicator is a column of yes/no values or of rates"))
LUMIERE_MESSAGE_FOR(
    AppSeveralValueColumns,
    QT_TRANSLATE_NOOP("Message",
                      "the table %1 has several yes/no or ratio columns (%2): choose one with "
                      "--value-column NAME"),
    QT_TRANSLATE_NOOP(
        "Message",
        "the table %1 has several yes/no or ratio columns (%2): choose one in the import dialog"))

// `lumiere import` into a project another Lumière holds: %1 why it opened read-only (the cause,
// a Lock... message).
LUMIERE_MESSAGE(AppImportProjectReadOnly,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, so nothing was imported; close it there and import again"))
// %1 why the project cannot be written (read-only file, damaged rows: the cause, which says what
// to do).
LUMIERE_MESSAGE(AppImportProjectNotWritable,
                QT_TRANSLATE_NOOP("Message", "%1, so nothing was imported"))

// `lumiere stats --density-grid TABLE` (app/stats_command.cpp): %1 the table.
// %2 why it cannot be read (the cause).
LUMIERE_MESSAGE(AppDensityGridUnreadable, QT_TRANSLATE_NOOP("Message", "--density-grid %1: %2"))
LUMIERE_MESSAGE(AppDensityGridNoLevels,
                QT_TRANSLATE_NOOP(
                    "Message",
                    "--density-grid %1: no column of density levels (whole numbers from 1 to 4, or "
                    "1 to 7) next to the commune codes; give INSEE's grille communale de densité"))
