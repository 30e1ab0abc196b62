// X-macro list (see message_code.h): messages of tables. No include guard: included once per use.

// The CSV reader: %1 the file, %2 its line.
LUMIERE_MESSAGE(CsvCannotOpen,
                QT_TRANSLATE_NOOP("Message",
                                  "cannot open %1: check that the file exists and can be read"))
LUMIERE_MESSAGE(CsvEmpty,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is empty: there is no header line; export the table again"))
LUMIERE_MESSAGE(CsvLineTooLong,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, line %2: a line longer than 4 MiB: this is not a table of "
                                  "text; export the sheet as CSV and try again"))
LUMIERE_MESSAGE(CsvBinaryContent,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, line %2: binary content (control characters): this is not a "
                                  "text table; export the sheet as CSV and try again"))
LUMIERE_MESSAGE(CsvUnknownEncoding,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, line %2: bytes that are neither UTF-8 nor Windows-1252: "
                                  "this looks like binary content; save the file as CSV in UTF-8"))
LUMIERE_MESSAGE(
    CsvMixedEncoding,
    QT_TRANSLATE_NOOP("Message",
                      "%1, line %2: bytes that are not UTF-8 although the file began as UTF-8; "
                      "save the whole file in one encoding (UTF-8) and try again"))
LUMIERE_MESSAGE(CsvQuotedFieldTooLong,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, line %2: a quoted field longer than 4 MiB: a closing quote "
                                  "is probably missing; check the quotes of this row"))
LUMIERE_MESSAGE(
    CsvUnterminatedQuote,
    QT_TRANSLATE_NOOP("Message",
                      "%1, line %2: a quoted field opened here is never closed (the file ends "
                      "inside it): the file may be truncated; check the quotes of this row"))

// The spreadsheet reader (XLSX, ODS through GDAL): %1 the file.
LUMIERE_MESSAGE(SheetUnreadable,
                QT_TRANSLATE_NOOP("Message",
                                  "cannot read %1 as a spreadsheet: check that the file is a "
                                  "complete XLSX, XLS or ODS file, or export it as CSV"))
// %2: GDAL's own words.
LUMIERE_MESSAGE(SheetUnreadableBecause,
                QT_TRANSLATE_NOOP("Message",
                                  "cannot read %1 as a spreadsheet (%2): check that the file is a "
                                  "complete XLSX, XLS or ODS file, or export it as CSV"))
LUMIERE_MESSAGE(SheetNoSheet,
                QT_TRANSLATE_NOOP("Message", "%1 has no sheet: export the table again"))
LUMIERE_MESSAGE(
    SheetEmpty,
    QT_TRANSLATE_NOOP("Message",
                      "%1 is empty: its first sheet has no header line; export the table again"))
// %2: the last line read; %3: GDAL's own words.
LUMIERE_MESSAGE(SheetReadFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, after line %2: %3; check the file or export it as CSV"))

// Finding the table in a file (issue 18): %1 the file.
// %2 the sheet asked for, %3 the sheets the file has.
LUMIERE_MESSAGE_FOR(SheetNotFound,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has no sheet \"%2\"; its sheets are %3: give one of "
                                      "them, by name or number, with --sheet"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has no sheet \"%2\"; its sheets are %3: choose one of "
                                      "them in the import dialog"))
// %2 the row asked for, %3 the last row of the table.
LUMIERE_MESSAGE_FOR(TableHeaderRowBeyond,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has no row %2 (its last row is %3): give the row of the "
                                      "column names with --header-row"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1 has no row %2 (its last row is %3): choose the row of "
                                      "the column names in the import dialog"))
// %2 the row asked for.
LUMIERE_MESSAGE_FOR(TableHeaderRowBlank,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1, row %2 is empty, so it cannot hold the column names: "
                                      "give the row of the column names with --header-row"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1, row %2 is empty, so it cannot hold the column names: "
                                      "choose the row of the column names in the import dialog"))
// %2 the line.
LUMIERE_MESSAGE(CsvBadUtf16,
                QT_TRANSLATE_NOOP("Message",
                                  "%1, line %2: bytes that are not UTF-16 although the file began "
                                  "as UTF-16 (Unicode text); export the whole table again"))

// Both imports: %1 the file, %2 a column name.
LUMIERE_MESSAGE(ImportNoColumn,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 has no column \"%2\": check the column names (line %3)"))
// %2 the line of the column names.
LUMIERE_MESSAGE(ImportNoRows,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 has its column names on line %2 and no row below them: "
                                  "there is nothing to import; check that it is the right file"))
LUMIERE_MESSAGE(ImportFileChanged,
                QT_TRANSLATE_NOOP("Message", "%1 changed while it was read; import it again"))

// The import of indicators.
LUMIERE_MESSAGE(
    IndicatorNoCodeColumnNamed,
    QT_TRANSLATE_NOOP("Message",
                      "%1 has no column \"%2\": check the name of the code column (line %3)"))
LUMIERE_MESSAGE_FOR(IndicatorNoCodeColumn,
                    QT_TRANSLATE_NOOP("Message",
                                      "%1: no column of commune codes, neither by its name in line "
                                      "%2 (Code INSEE, CODGEO, DEPCOM...) nor by its values; name "
                                      "it with --code-column, or the header row with --header-row"),
                    QT_TRANSLATE_NOOP("Message",
                                      "%1: no column of commune codes, neither by its name in line "
                                      "%2 (Code INSEE, CODGEO, DEPCOM...) nor by its values; check "
                                      "the row of the column names in the import dialog"))

// Notes of an aggregation of indicators (several rows landing on one current commune): %1 the
// column, %2 the number of rows (or members) with a value, %3 the number of those without.
LUMIERE_MESSAGE(ImportNoteSum, QT_TRANSLATE_NOOP("Message", "%1: sum of %2 rows"))
LUMIERE_MESSAGE(ImportNoteSumMissing,
                QT_TRANSLATE_NOOP("Message", "%1: sum of %2 rows (%3 missing)"))
LUMIERE_MESSAGE(ImportNoteWeightedMean,
                QT_TRANSLATE_NOOP("Message", "%1: mean weighted by COG population of %2 rows"))
LUMIERE_MESSAGE(ImportNoteWeightedMeanMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: mean weighted by COG population of %2 rows (%3 missing)"))
LUMIERE_MESSAGE(
    ImportNotePlainMean,
    QT_TRANSLATE_NOOP(
        "Message",
        "%1: plain mean of %2 rows, not weighted (the COG has no population for old communes)"))
LUMIERE_MESSAGE(ImportNotePlainMeanMissing,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: plain mean of %2 rows, not weighted (the COG has no "
                                  "population for old communes) (%3 missing)"))
LUMIERE_MESSAGE(ImportNoteYesSome,
                QT_TRANSLATE_NOOP("Message", "%1: yes, because at least one of %2 members adopted"))
LUMIERE_MESSAGE(ImportNoteYesSomeMissing,
                QT_TRANSLATE_NOOP(
                    "Message", "%1: yes, because at least one of %2 members adopted (%3 missing)"))
LUMIERE_MESSAGE(ImportNoteYesAll, QT_TRANSLATE_NOOP("Message", "%1: yes for all %2 members"))
LUMIERE_MESSAGE(ImportNoteYesAllMissing,
                QT_TRANSLATE_NOOP("Message", "%1: yes for all %2 members (%3 missing)"))
LUMIERE_MESSAGE(ImportNoteNoAll, QT_TRANSLATE_NOOP("Message", "%1: no for all %2 members"))
LUMIERE_MESSAGE(ImportNoteNoAllMissing,
                QT_TRANSLATE_NOOP("Message", "%1: no for all %2 members (%3 missing)"))
// Of several rows, one alone has a value: %2 its line.
LUMIERE_MESSAGE(ImportNoteSingleValue,
                QT_TRANSLATE_NOOP("Message", "%1: only line %2 has a value, which is kept"))
// %2: the value kept; %3: its line.
LUMIERE_MESSAGE(ImportNoteDisagree,
                QT_TRANSLATE_NOOP("Message", "%1: members disagree, kept \"%2\" of line %3"))

// The import of structures: %1 the file.
LUMIERE_MESSAGE(StructureImportNoMemberColumn,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: no column of members found in line %2 (membre, Code INSEE, "
                                  "siren_membre...) nor by its values; name one so, or give the "
                                  "row of the column names"))
LUMIERE_MESSAGE(
    StructureImportNoNameColumn,
    QT_TRANSLATE_NOOP("Message",
                      "%1: no column naming the structures found in line %2 (structure, "
                      "nom_structure, id...); name one so, or give the row of the column names"))
// A new structure that no row gives a known member: %1 the structure, %2 its first row.
LUMIERE_MESSAGE(StructureImportNoteNoMember,
                QT_TRANSLATE_NOOP("Message",
                                  "structure \"%1\" added without members: none of its rows (the "
                                  "first on line %2) names a member the COG knows"))
// Notes of old communes making one membership: %1 the structure, then the earliest start and the
// latest end when known.
LUMIERE_MESSAGE(
    StructureImportNoteMerged,
    QT_TRANSLATE_NOOP(
        "Message",
        "one membership of %1: usages united, since %2 (the earliest), until %3 (the latest)"))
LUMIERE_MESSAGE(
    StructureImportNoteMergedOpen,
    QT_TRANSLATE_NOOP(
        "Message",
        "one membership of %1: usages united, since %2 (the earliest), until open (the latest)"))
LUMIERE_MESSAGE(
    StructureImportNoteMergedNoSince,
    QT_TRANSLATE_NOOP(
        "Message",
        "one membership of %1: usages united, since unknown (the earliest), until %2 (the latest)"))
LUMIERE_MESSAGE(StructureImportNoteMergedNoSinceOpen,
                QT_TRANSLATE_NOOP("Message",
                                  "one membership of %1: usages united, since unknown (the "
                                  "earliest), until open (the latest)"))

// Issue 18, cells as people type them: notes of the import report on how a column's cells were
// read. %1 the column.
LUMIERE_MESSAGE(ImportNoteRatePoints,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: rates written from 0 to 100 without %, divided by 100 "
                                  "(50 is read as 50 %)"))
// %2: the blank cells read as no.
LUMIERE_MESSAGE(ImportNoteTicks,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: a column of ticks, so its %2 blank cells are read as no"))
// %2: the cells without a value (empty, n.c., -, s.o., n.d., #N/A...).
LUMIERE_MESSAGE(ImportNoteNoValues,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: %2 cells without a value (empty, n.c., -, s.o., n.d....), "
                                  "left without a value"))
// The same of one cell.
LUMIERE_MESSAGE(ImportNoteTick,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: a column of ticks, so its blank cell is read as no"))
LUMIERE_MESSAGE(ImportNoteNoValue,
                QT_TRANSLATE_NOOP("Message",
                                  "%1: 1 cell without a value (empty, n.c., -, s.o., n.d....), "
                                  "left without a value"))
