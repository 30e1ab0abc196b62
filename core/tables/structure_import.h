#pragma once
// Imports structures and their memberships (issue 4 point 5) from a table of one row per
// (structure, member) — CSV, or XLSX/ODS through OGR — against a Model: finds the columns by
// name, names members by COG code or SIREN (BANATIC's way), harmonises old communes through the
// COG, and returns one ModelBatch (one undo step) with the report of every row not used and why.
// Reads the model, never changes it: applying the batch does. Pure over the model given.
#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/model.h"
#include "core/model/model_commands.h"
#include "core/result.h"
#include "core/tables/csv_reader.h"
#include "core/tables/import_report.h"
#include "core/tables/table_reader.h"

namespace lumiere::core {

// The columns the import reads. Detection compares header names folded (case, accents, spaces,
// '-' and '_' ignored; the words d', de, du, des, la, le, les, n°, no, numero dropped) with the
// names of structure_column_names(); the first header of each role wins.
enum class StructureColumn {
  Id,           // id, id_structure, identifiant, code_structure
  Name,         // structure, nom_structure, nom, raison_sociale, libelle
  Kind,         // type, type_structure, nature, nature_juridique, categorie
  Siren,        // siren_structure, siren (the structure's SIREN)
  Seat,         // siege, commune_siege, code_siege
  Contact,      // contact, courriel, email, mail, telephone
  Member,       // membre, code_membre, code_insee, commune, adherent, codgeo...
  MemberSiren,  // siren_membre, siren_adherent, siren_commune
  Since,        // adhesion, date_adhesion, debut, depuis
  Until,        // fin, date_fin, retrait, date_retrait
  Usages,       // usages, services, usages_souscrits, services_souscrits
  Offer,        // offre, usages_offerts, services_offerts
};
std::string_view to_string(StructureColumn column);
// The folded header names that detect each column.
const std::vector<std::string>& structure_column_names(StructureColumn column);

struct StructureImportOptions {
  TableOptions table;  // the sheet and the header row (found by default)
  // By role: the header to use (matched folded), overriding detection; a name missing from the
  // header is an error.
  std::map<StructureColumn, std::string> columns;
  // What the undo step says.
  Message text{MessageCode::UndoImportStructures, {}};
  // Checked before each row: the import ends with a "cancelled" error (the model is never
  // changed by the import itself; applying its batch does that).
  std::stop_token stop;
};

struct StructureImport {
  std::map<StructureColumn, std::string> columns;  // the header used for each role found
  std::vector<Structure> added;                    // new structures, as they will stand
  std::vector<Structure> updated;                  // model structures, as they will stand
  std::vector<Membership> memberships;             // memberships to add
  // AddStructure / EditStructure, then AddMembership, in that order; push it on the UndoStack.
  std::unique_ptr<ModelBatch> command;
  ImportReport report;
  TableLayout layout;  // how the file was read: format, sheet, header row, delimiter, encoding
};

// "Syndicat mixte", "syndicat mixte informatique", "SMI", "CDG", "ATD", "GIP", "Département",
// "Communauté de communes", "EPCI", "Autre"... (case and accents ignored); nothing when unknown.
std::optional<StructureKind> parse_structure_kind(std::string_view text);

// Reads `path` (a spreadsheet by its extension .xlsx/.xlsm/.ods, else CSV) and builds the
// commands that bring its structures and memberships into `model`:
// - a structure is named by its id, or failing that by its name (its id then made from the name:
//   "SM Numérique 17" -> "sm_numerique_17"); a model structure of the same id, or of the same
//   SIREN, is updated (cells given replace its fields, empty cells keep them), not duplicated;
// - a member is named by COG code or SIREN: nine digits are an EPCI's SIREN when the COG has that
//   EPCI, else a commune's SIREN; one to three characters are a département; anything else a
//   commune code (zero restored, delegated and associated communes harmonised to their commune);
// - a structure offers what it offered, the usages its members subscribe and its "offre" cells.
// The report counts rows by their member: matched, harmonised, unmatched (unknown or empty).
// A membership already in the model, or given twice in the file (same structure and member code),
// is a duplicate: the first row of the file is used, the rows set aside are listed with the line
// kept (0 for the model's), none re-added. A new structure that no row gives a known member is
// added, without members, and said so in the report's notes (StructureImportNoteNoMember). A
// header with no row below it is an error (ImportNoRows). Old communes landing on one
// current commune make one membership (usages united, earliest since, latest until) listed in
// `aggregations`. Invalid cells (kind, SIREN, seat, dates, usages, a value disagreeing with an
// earlier row of the same structure) are listed with line, column and value, and left out; a
// row with neither structure id nor name is listed under the name column and not used.
// An unreadable file, or one without a member or structure column, is an error.
Result<StructureImport> import_structures(const std::string& path, const Model& model,
                                          const StructureImportOptions& options = {});

}  // namespace lumiere::core
