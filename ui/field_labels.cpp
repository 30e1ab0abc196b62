#include "field_labels.h"

#include <QCoreApplication>
#include <cmath>
#include <string_view>

#include "maps/number_format.h"

namespace lumiere::ui {

namespace {

// The context of this file's strings.
class FieldLabels {
  Q_DECLARE_TR_FUNCTIONS(FieldLabels)

 public:
  FieldLabels() = delete;
};

// The suffixes of maps/project_layers' column names, after "<usage label> : ".
constexpr std::string_view kStructures = " : structures";
constexpr std::string_view kCoverage = " : couverture";
constexpr std::string_view kAdoption = " : adoption ";
constexpr std::string_view kAdopted = " : adopté ";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "<usage> : adoption 2024" -> usage and 2024; false when `column` is not of that form.
bool split_vintage(const std::string& column, std::string_view infix, Field& field) {
  const std::size_t at = column.rfind(infix);
  if (at == std::string::npos || at == 0) return false;
  const std::string year = column.substr(at + infix.size());
  if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) return false;
  field.usage = column.substr(0, at);
  field.vintage = std::stoi(year);
  return true;
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The number and its unit, kept on one line.
QString with_unit(const QString& number, const QString& unit) {
  return number + QChar(0x00A0) + unit;
}

QString structures_text(double count) {
  if (count == 0) return FieldLabels::tr("none (white zone)");
  if (count == 1) return FieldLabels::tr("1 structure");
  return FieldLabels::tr("%1 structures").arg(maps::format_number(count, 0));
}

QString no_value() { return maps::format_number(std::nan(""), 0); }

}  // namespace

Field field_of(const std::string& column) {
  Field field;
  field.column = column;
  if (column == "population") {
    field.kind = FieldKind::Population;
  } else if (column == "area_km2") {
    field.kind = FieldKind::Area;
  } else if (column == "density") {
    field.kind = FieldKind::Density;
  } else if (column == "departement") {
    field.kind = FieldKind::Departement;
  } else if (column == "region") {
    field.kind = FieldKind::Region;
  } else if (column == "epci") {
    field.kind = FieldKind::Epci;
  } else if (ends_with(column, kStructures)) {
    field.kind = FieldKind::UsageStructures;
    field.usage = column.substr(0, column.size() - kStructures.size());
  } else if (ends_with(column, kCoverage)) {
    field.kind = FieldKind::UsageCoverage;
    field.usage = column.substr(0, column.size() - kCoverage.size());
  } else if (split_vintage(column, kAdoption, field)) {
    field.kind = FieldKind::UsageAdoption;
  } else if (split_vintage(column, kAdopted, field)) {
    field.kind = FieldKind::UsageAdopted;
  }
  return field;
}

bool same_fact(const Field& a, const Field& b) {
  if (a.usage.empty() || a.usage != b.usage) return false;
  const auto coverage = [](FieldKind k) {
    return k == FieldKind::UsageStructures || k == FieldKind::UsageCoverage;
  };
  const auto adoption = [](FieldKind k) {
    return k == FieldKind::UsageAdoption || k == FieldKind::UsageAdopted;
  };
  return (coverage(a.kind) && coverage(b.kind)) ||
         (adoption(a.kind) && adoption(b.kind) && a.vintage == b.vintage);
}

QString usage_title(const Field& field) {
  return qs(field.usage.substr(0, field.usage.find(" — ")));
}

QString field_label(const Field& field) {
  switch (field.kind) {
    case FieldKind::Population:
      return FieldLabels::tr("Population");
    case FieldKind::Area:
      return FieldLabels::tr("Area");
    case FieldKind::Density:
      return FieldLabels::tr("Density");
    case FieldKind::Departement:
      return FieldLabels::tr("Department");
    case FieldKind::Region:
      return FieldLabels::tr("Region (INSEE code)");
    case FieldKind::Epci:
      return FieldLabels::tr("EPCI (SIREN)");
    case FieldKind::UsageStructures:
    case FieldKind::UsageCoverage:
      return FieldLabels::tr("Coverage");
    case FieldKind::UsageAdoption:
    case FieldKind::UsageAdopted:
      return FieldLabels::tr("Adoption %1").arg(field.vintage);
    case FieldKind::Other:
      break;
  }
  return qs(field.column);
}

QString field_description(const Field& field) { return qs(field.usage); }

QString field_value(const Field& field, double value) {
  if (std::isnan(value)) return no_value();
  switch (field.kind) {
    case FieldKind::Population:
      return with_unit(maps::format_number(value, 0), FieldLabels::tr("inhab."));
    case FieldKind::Area:
      return with_unit(maps::format_number(value, value < 1      ? 2
                                                  : value < 1000 ? 1
                                                                 : 0),
                       QStringLiteral("km²"));
    case FieldKind::Density:
      return with_unit(maps::format_number(value, value < 100 ? 1 : 0),
                       FieldLabels::tr("inhab./km²"));
    case FieldKind::UsageStructures:
      return structures_text(std::round(value));
    case FieldKind::UsageAdoption:
      if (value == 1) return FieldLabels::tr("yes");
      if (value == 0) return FieldLabels::tr("no");
      return maps::format_percent(value, 0);
    default:
      break;
  }
  return maps::format_number(value, std::abs(value) < 100 ? 2 : 0);
}

QString field_text(const Field& field, const std::string& value) {
  if (value.empty()) return no_value();
  switch (field.kind) {
    case FieldKind::UsageCoverage:
      if (value == "0") return structures_text(0);
      if (value == "1") return structures_text(1);
      return FieldLabels::tr("%1 structures").arg(qs(value));
    case FieldKind::UsageAdopted:
      if (value == "oui") return FieldLabels::tr("yes");
      if (value == "non") return FieldLabels::tr("no");
      break;
    default:
      break;
  }
  return qs(value);
}

}  // namespace lumiere::ui
