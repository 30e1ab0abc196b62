// X-macro list (see message_code.h): messages of model. No include guard: included once per use.

// The usage catalogue.
LUMIERE_MESSAGE(
    UsageIdInvalid,
    QT_TRANSLATE_NOOP(
        "Message",
        "The usage id \"%1\" is not valid: use lower-case letters, digits and '_' only."))
LUMIERE_MESSAGE(UsageExists,
                QT_TRANSLATE_NOOP("Message", "The usage \"%1\" already exists: choose another id."))
LUMIERE_MESSAGE(UsageNoLabel,
                QT_TRANSLATE_NOOP("Message", "The usage \"%1\" has no label: give it one."))

// Structures: %1 the structure's id.
LUMIERE_MESSAGE(StructureNoId,
                QT_TRANSLATE_NOOP("Message", "A structure needs an id: give it one."))
LUMIERE_MESSAGE(StructureIdTaken,
                QT_TRANSLATE_NOOP("Message",
                                  "The structure id \"%1\" is already taken: choose another id."))
LUMIERE_MESSAGE(
    StructureIdChanged,
    QT_TRANSLATE_NOOP(
        "Message",
        "The id of the structure \"%1\" cannot be changed: make a new structure instead."))
LUMIERE_MESSAGE(StructureNoName,
                QT_TRANSLATE_NOOP("Message", "The structure \"%1\" has no name: give it one."))
LUMIERE_MESSAGE(StructureSirenInvalid,
                QT_TRANSLATE_NOOP("Message",
                                  "The SIREN \"%1\" of the structure \"%2\" is not nine digits: "
                                  "correct it or leave it empty."))
LUMIERE_MESSAGE(StructureSeatNotCurrent,
                QT_TRANSLATE_NOOP("Message",
                                  "The seat commune \"%1\" of the structure \"%2\" is not a "
                                  "current commune of the COG: give its current code."))
LUMIERE_MESSAGE(StructureUsageUnknown,
                QT_TRANSLATE_NOOP("Message",
                                  "The structure \"%1\" names the usage \"%2\", which is not in "
                                  "the catalogue: add the usage first."))
LUMIERE_MESSAGE(StructureUsageTwice,
                QT_TRANSLATE_NOOP(
                    "Message", "The structure \"%1\" names the usage \"%2\" twice: keep it once."))
// %3: the member subscribing the usage %2.
LUMIERE_MESSAGE(StructureUsageSubscribed,
                QT_TRANSLATE_NOOP("Message",
                                  "The structure \"%1\" must keep offering \"%2\", which its "
                                  "member %3 subscribes: remove that subscription first."))
LUMIERE_MESSAGE(StructureMissingToRemove,
                QT_TRANSLATE_NOOP("Message", "There is no structure \"%1\" to remove."))
LUMIERE_MESSAGE(StructureMissingToEdit,
                QT_TRANSLATE_NOOP("Message", "There is no structure \"%1\" to edit."))

// Memberships.
LUMIERE_MESSAGE(MembershipNoStructure,
                QT_TRANSLATE_NOOP("Message",
                                  "There is no structure \"%1\": add it before its members."))
LUMIERE_MESSAGE(MembershipCommuneUnknown,
                QT_TRANSLATE_NOOP("Message",
                                  "The commune code \"%1\" is not in the COG: check the code (five "
                                  "characters, as 01001 or 2A004)."))
// %2: the current commune's code.
LUMIERE_MESSAGE(
    MembershipCommuneOld,
    QT_TRANSLATE_NOOP(
        "Message",
        "The commune \"%1\" is no longer a current commune: name its current commune %2."))
LUMIERE_MESSAGE(
    MembershipCommuneOldNoCurrent,
    QT_TRANSLATE_NOOP(
        "Message",
        "The commune \"%1\" is no longer a current commune: name its current commune instead."))
LUMIERE_MESSAGE(MembershipEpciUnknown,
                QT_TRANSLATE_NOOP("Message",
                                  "There is no EPCI of SIREN \"%1\" in the COG: check the SIREN."))
LUMIERE_MESSAGE(
    MembershipDepartementUnknown,
    QT_TRANSLATE_NOOP(
        "Message", "There is no département \"%1\" in the COG: check the code (as 01, 2A or 974)."))
// %1 the structure, %2 the member.
LUMIERE_MESSAGE(
    MembershipExists,
    QT_TRANSLATE_NOOP(
        "Message", "The structure \"%1\" already has the member %2: edit that membership instead."))
LUMIERE_MESSAGE(MembershipDateInvalid,
                QT_TRANSLATE_NOOP("Message",
                                  "The date \"%1\" is not a date as 2024-01-31: correct it."))
// %1 the member, %2 the structure, %3 the end, %4 the start.
LUMIERE_MESSAGE(
    MembershipEndsBeforeStart,
    QT_TRANSLATE_NOOP(
        "Message",
        "The membership of %1 in \"%2\" ends (%3) before it begins (%4): correct the dates."))
// %1 the member, %2 the usage.
LUMIERE_MESSAGE(MembershipUsageUnknown,
                QT_TRANSLATE_NOOP("Message",
                                  "The membership of %1 names the usage \"%2\", which is not in "
                                  "the catalogue: add the usage first."))
LUMIERE_MESSAGE(MembershipUsageTwice,
                QT_TRANSLATE_NOOP(
                    "Message", "The membership of %1 names the usage \"%2\" twice: keep it once."))
// %1 the structure, %2 the usage, %3 the member.
LUMIERE_MESSAGE(MembershipUsageNotOffered,
                QT_TRANSLATE_NOOP("Message",
                                  "The structure \"%1\" does not offer \"%2\", so %3 cannot "
                                  "subscribe it: add it to the structure's usages first."))
// %1 the structure, %2 the member.
LUMIERE_MESSAGE(MembershipMissingToRemove,
                QT_TRANSLATE_NOOP("Message", "The structure \"%1\" has no member %2 to remove."))

// Indicator values: %1 the commune unless said otherwise.
LUMIERE_MESSAGE(ValueCommuneNotCurrent,
                QT_TRANSLATE_NOOP("Message",
                                  "The commune \"%1\" of an indicator value is not a current "
                                  "commune of the COG: give its current code."))
// %1 the usage.
LUMIERE_MESSAGE(
    ValueUsageUnknown,
    QT_TRANSLATE_NOOP(
        "Message",
        "The usage \"%1\" of an indicator value is not in the catalogue: add the usage first."))
// %1 the vintage, %2 the commune.
LUMIERE_MESSAGE(
    ValueVintageInvalid,
    QT_TRANSLATE_NOOP(
        "Message",
        "The vintage %1 of the value of %2 is not a year between 1990 and 2100: correct it."))
// %2 the usage.
LUMIERE_MESSAGE(ValueEmpty, QT_TRANSLATE_NOOP("Message",
                                              "The value of %1 for \"%2\" says neither whether it "
                                              "is adopted nor its level: give one of them."))
LUMIERE_MESSAGE(
    ValueLevelInvalid,
    QT_TRANSLATE_NOOP(
        "Message", "The level of %1 for \"%2\" is not between 0 and 1: give a rate (50 % is 0.5)."))
// %1 the date, %2 the commune.
LUMIERE_MESSAGE(
    ValueAdoptionDateInvalid,
    QT_TRANSLATE_NOOP("Message",
                      "The adoption date \"%1\" of %2 is not a date as 2024-01-31: correct it."))
// %2 the usage, %3 the vintage.
LUMIERE_MESSAGE(ValueTwice,
                QT_TRANSLATE_NOOP("Message",
                                  "The commune %1 has two values for \"%2\" in %3: keep one."))

// Population strata: %1 and %2 bounds.
LUMIERE_MESSAGE(
    StrataStartNotZero,
    QT_TRANSLATE_NOOP("Message",
                      "Population strata must start at 0 inhabitants: add 0 as the first bound."))
LUMIERE_MESSAGE(StrataNotIncreasing,
                QT_TRANSLATE_NOOP("Message",
                                  "Population strata bounds must increase: %1 comes after %2."))

// Footprints of structures.
LUMIERE_MESSAGE(FootprintNoStructure,
                QT_TRANSLATE_NOOP("Message", "There is no structure \"%1\" to draw."))
LUMIERE_MESSAGE(FootprintGatherFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "GEOS could not gather the communes of the footprint."))
LUMIERE_MESSAGE(FootprintUnionFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "GEOS could not compute the union of the communes of the "
                                  "footprint: check the layer's geometries."))

// The undo history: the names of the steps ("Undo %1" in the Edit menu), and its errors.
LUMIERE_MESSAGE(UndoNothingToRedo, QT_TRANSLATE_NOOP("Message", "There is nothing to redo."))
LUMIERE_MESSAGE(UndoAddUsage, QT_TRANSLATE_NOOP("Message", "Add the usage %1"))
LUMIERE_MESSAGE(UndoAddStructure, QT_TRANSLATE_NOOP("Message", "Add the structure %1"))
LUMIERE_MESSAGE(UndoRemoveStructure, QT_TRANSLATE_NOOP("Message", "Remove the structure %1"))
LUMIERE_MESSAGE(UndoEditStructure, QT_TRANSLATE_NOOP("Message", "Edit the structure %1"))
// %1 the member, %2 the structure.
LUMIERE_MESSAGE(UndoAddMembership, QT_TRANSLATE_NOOP("Message", "Add %1 to %2"))
LUMIERE_MESSAGE(UndoRemoveMembership, QT_TRANSLATE_NOOP("Message", "Remove %1 from %2"))
LUMIERE_MESSAGE(UndoSetIndicatorValues, QT_TRANSLATE_NOOP("Message", "Set %1 indicator values"))
LUMIERE_MESSAGE(UndoImportStructures, QT_TRANSLATE_NOOP("Message", "Import structures"))
// %1 the file's name (an import is one step).
LUMIERE_MESSAGE(UndoImport, QT_TRANSLATE_NOOP("Message", "import of %1"))
