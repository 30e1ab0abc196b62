#pragma once
// Colour ramps for classified maps: the ColorBrewer sequential, diverging and qualitative schemes
// with their published colours per class count, and viridis. A ColorRamp is a small value that
// points into constant tables: copy it freely, use it from any thread.
#include <QColor>
#include <QString>
#include <string_view>
#include <vector>

namespace lumiere::maps {

enum class RampKind { Sequential, Diverging, Qualitative };

// ColorBrewer's own verdict for each scheme and class count (colorbrewer2.org, "colorblind safe"):
// safe, possibly safe, or not safe for people with red-green colour-vision deficiency.
enum class ColourBlindSafety { Safe, Unsure, Unsafe };

class ColorRamp {
 public:
  // Every ramp: the ColorBrewer schemes, then viridis.
  static std::vector<ColorRamp> all();
  static std::vector<ColorRamp> of_kind(RampKind kind);
  // By its ColorBrewer name ("YlOrRd", "RdBu", "Set2"...) or "viridis"; the kind's default when
  // the name is unknown.
  static ColorRamp named(std::string_view name, RampKind kind_if_unknown);
  static ColorRamp viridis();
  // The ramp to offer first: colour-blind safe at that class count whenever one of the kind is
  // (YlOrRd for sequential, RdBu for diverging, Paired or Dark2 for qualitative).
  static ColorRamp default_for(RampKind kind, int classes);

  std::string_view name() const;
  RampKind kind() const;
  int max_classes() const;  // 9, or 8 for Set2 and Dark2
  bool supports(int classes) const { return classes >= 1 && classes <= max_classes(); }
  ColourBlindSafety colour_blind_safety(int classes) const;
  bool is_colour_blind_safe(int classes) const {
    return colour_blind_safety(classes) == ColourBlindSafety::Safe;
  }

  // Exactly `classes` colours, lightest (or first) to darkest; empty when !supports(classes).
  // 3 to 9: ColorBrewer's published list for that count (viridis: evenly spaced samples). 1 and 2
  // (a head/tail or standard-deviation classification can give so few): the middle, or the two
  // ends, of the 3-class list.
  std::vector<QColor> colors(int classes) const;
  // The colour of position t in [0, 1] on a continuous bar (legends of graduated styles).
  QColor at(double t) const;
  // "No data": a neutral grey (light when it can be) at least kMinNoDataDistance (CIELAB ΔE*76)
  // from every colour of colors(classes), so a missing value never reads as a class.
  QColor no_data_color(int classes) const;
  static constexpr double kMinNoDataDistance = 10.0;

  friend bool operator==(const ColorRamp& a, const ColorRamp& b) { return a.index_ == b.index_; }

 private:
  explicit ColorRamp(int index) : index_(index) {}
  int index_ = 0;  // into the ColorBrewer table; -1 is viridis
};

// CIELAB ΔE*76 between two sRGB colours (D65): about 2.3 is a just noticeable difference.
double colour_distance(const QColor& a, const QColor& b);

}  // namespace lumiere::maps
