#pragma once
// Class breaks for graduated styles: quantiles, Jenks natural breaks, equal intervals, standard
// deviation, Q6, head/tail breaks and manual breaks. Pure functions on a span of values (NaN, and
// any non-finite value, is "no data" and ignored); a Classification is a small immutable value,
// safe to share with render jobs on any thread.
#include <cstddef>
#include <span>
#include <vector>

#include "core/result.h"

namespace lumiere::maps {

enum class ClassMethod {
  Quantiles,          // the same number of values in each class (quantiles of type 7)
  Jenks,              // Fisher-Jenks natural breaks: least squared deviations within classes
  EqualIntervals,     // classes of equal width between the minimum and the maximum
  StandardDeviation,  // classes one (or half a) standard deviation wide around the mean
  Q6,                 // six classes: min, P5, Q1, median, Q3, P95, max
  HeadTail,           // Jiang (2013): split around the mean while the head is under 40 %
  Manual,             // bounds given by the user
};

// Width of a class of the standard-deviation method.
enum class StdDevStep { One, Half };
// Where the mean sits in the standard-deviation method: on a class bound (classes read "above /
// below the mean", the usual reading with a diverging ramp) or at the centre of the middle class.
enum class MeanPlacement { Bound, Centre };

struct ClassificationRequest {
  ClassMethod method = ClassMethod::Quantiles;
  // Quantiles, Jenks, EqualIntervals: the number of classes, 3 to 9. StandardDeviation and
  // HeadTail: the most classes wanted (the data decide how many, at least 2 when they can be told
  // apart). Q6 always makes 6. Manual: ignored (manual_breaks decides).
  int classes = 5;
  StdDevStep std_dev_step = StdDevStep::One;
  MeanPlacement mean_placement = MeanPlacement::Bound;
  // Manual: the inner bounds (1 to 8 of them, for 2 to 9 classes), strictly increasing and
  // strictly between the minimum and the maximum of the values.
  std::vector<double> manual_breaks;
};

struct ClassCounts {
  std::vector<std::size_t> per_class;
  std::size_t no_data = 0;  // NaN and infinite values, and values outside [minimum, maximum]
};

// Classes are closed on the right: class 0 is [b0, b1], class i > 0 is (bi, bi+1], so the upper
// bound printed in a legend belongs to its class, as in QGIS, mapclassify and jenkspy.
struct Classification {
  ClassMethod method = ClassMethod::Quantiles;
  std::vector<double> bounds;  // class_count() + 1 values, non-decreasing: min, inner breaks, max

  int class_count() const { return bounds.size() < 2 ? 0 : static_cast<int>(bounds.size()) - 1; }
  // The class of a value by binary search, or -1 for NaN and values outside [min, max].
  int class_of(double value) const;
  ClassCounts counts(std::span<const double> values) const;
};

// Errors (Classes...): no value (all NaN or empty), a class count outside 3..9, manual breaks not
// sorted or outside the range of the values.
core::Result<Classification> classify(std::span<const double> values,
                                      const ClassificationRequest& request);

// The quantile of probability p (0..1) of sorted values, linear between order statistics (type 7
// of Hyndman & Fan, the default of R, NumPy and d3): used by the quantile and Q6 methods.
double quantile_sorted(std::span<const double> sorted, double p);

}  // namespace lumiere::maps
