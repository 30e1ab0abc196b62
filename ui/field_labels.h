#pragma once
// What the identify panel calls the columns of a layer, and how it writes their values, in the
// user's language with their units: the COG's figures (population, area, density), a commune's
// parents, and the model's columns that maps/project_layers adds per usage (coverage, adoption).
// Free functions of values; tr() makes them GUI-thread only.
#include <QString>
#include <string>

namespace lumiere::ui {

enum class FieldKind {
  Population,
  Area,
  Density,
  Departement,
  Region,
  Epci,
  UsageStructures,  // "<usage> : structures": how many structures offer the usage to the commune
  UsageCoverage,    // "<usage> : couverture": the same count as a category ("0", "3+")
  UsageAdoption,    // "<usage> : adoption <vintage>": 1 or 0 (yes/no), else a rate of 0 to 1
  UsageAdopted,     // "<usage> : adopté <vintage>": "oui" or "non", the same fact as text
  Other,
};

struct Field {
  FieldKind kind = FieldKind::Other;
  std::string column;  // as the layer names it
  std::string usage;   // the usage's label, for the usage columns
  int vintage = 0;     // for the adoption columns
};

// Recognises a column by its name (the names of core/cog/cog_match and maps/project_layers).
Field field_of(const std::string& column);

// True when `a` and `b` are the same fact twice (a usage's count and its category, its adoption
// as a number and as text), so only one of them is shown.
bool same_fact(const Field& a, const Field& b);

// The usage a usage column is about, by its short label ("Actes" of "Actes — contrôle de légalité
// dématérialisé"), under which the panel groups its lines; empty for other fields.
QString usage_title(const Field& field);
// The label users read: "Population", "Area"; "Coverage", "Adoption 2024" under their usage.
QString field_label(const Field& field);
// The usage's whole label, for a tooltip; empty for other fields.
QString field_description(const Field& field);

// A number with its unit in the language in use: "75 000 hab.", "12,3 km²", "6 100 hab./km²",
// "2 structures", "oui", "45,0 %"; no value is "n.d." ("n/a").
QString field_value(const Field& field, double value);
// A text column's value: as it is, "n.d." when empty.
QString field_text(const Field& field, const std::string& value);

}  // namespace lumiere::ui
