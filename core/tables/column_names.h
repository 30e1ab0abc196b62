#pragma once
// One rule for the headers of both imports: a header is compared folded (case, accents, spaces,
// '-' and '_' ignored; the words d', de, du, des, la, le, les, l', n°, no, num, numéro, au, aux
// dropped), so "Code INSEE", "code_insee", "N° INSEE", "Code officiel géographique", "COG",
// "DEPCOM", "CODGEO" and "INSEE_COM" all name commune codes. Where no header says it, the column
// whose sampled values are commune codes once normalised is the code column. Pure functions.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/tables/csv_reader.h"

namespace lumiere::core {

// The words of `text`, lower-case ASCII without accents, stop words dropped, joined by '_':
// "Date d'adhésion" gives "date_adhesion", "N° INSEE" gives "insee".
std::string header_key(std::string_view text);
// The same joined by spaces: "SM Numérique 17" gives "sm numerique 17".
std::string word_key(std::string_view text);
// Every word kept, joined by '_': "SM Numérique 17" gives "sm_numerique_17" (ids made of names).
std::string id_key(std::string_view text);

// The folded headers that name a commune's COG code, in both imports.
const std::vector<std::string>& commune_code_header_keys();
bool is_commune_code_header(std::string_view header);
// The first header naming commune codes, or -1.
int find_commune_code_column(const std::vector<std::string>& header);

// The column whose non-empty sampled cells are mostly commune codes the COG knows once
// normalised (zero restored, old communes harmonised): at least 80 % of them, and at least one;
// the highest share wins, the leftmost on a tie. -1 when none.
int commune_code_column_by_values(const std::deque<CsvRow>& sample, std::size_t columns,
                                  const CogRegistry& cog);

// True when `header` names the usage: its folded words hold the usage's id ("Télétransmission
// Actes" for `actes`; "PES V2" for `pes_v2`) or every significant word of its label.
bool header_names_usage(std::string_view header, std::string_view usage_id,
                        std::string_view usage_label);

// The first column of `header` equal to `name` folded, or -1.
int find_column_folded(const std::vector<std::string>& header, std::string_view name);

}  // namespace lumiere::core
