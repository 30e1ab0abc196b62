#include "classification.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <numeric>
#include <string>

namespace lumiere::maps {

using core::Error;
using core::Result;

namespace {

constexpr int kMinClasses = 3;
constexpr int kMaxClasses = 9;

std::vector<double> finite_sorted(std::span<const double> values) {
  std::vector<double> out;
  out.reserve(values.size());
  for (double v : values) {
    if (std::isfinite(v)) out.push_back(v);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Equal bounds would make empty classes (many equal values at a quantile, for example): merge
// them, so a classification may have fewer classes than asked when the values are too few.
std::vector<double> without_repeats(std::vector<double> bounds) {
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  if (bounds.size() == 1) bounds.push_back(bounds.front());  // one value: a single class [v, v]
  return bounds;
}

std::vector<double> quantile_bounds(const std::vector<double>& sorted, std::span<const double> ps) {
  std::vector<double> bounds;
  bounds.reserve(ps.size());
  for (double p : ps) bounds.push_back(quantile_sorted(sorted, p));
  bounds.front() = sorted.front();
  bounds.back() = sorted.back();
  return without_repeats(std::move(bounds));
}

std::vector<double> equal_interval_bounds(const std::vector<double>& sorted, int k) {
  const double lo = sorted.front();
  const double hi = sorted.back();
  std::vector<double> bounds(static_cast<std::size_t>(k) + 1);
  for (int i = 0; i <= k; ++i) bounds[static_cast<std::size_t>(i)] = lo + (hi - lo) * i / k;
  bounds.back() = hi;
  return without_repeats(std::move(bounds));
}

// Fisher-Jenks natural breaks: the partition of the sorted values into k runs that minimises the
// sum of squared deviations from the class means (Fisher 1958; Jenks 1977). This is the exact
// optimum, not an approximation, and it is computed on every value, not on a sample:
//  - values are grouped into distinct values with weights (equal values always share a class);
//  - the O(k·n²) dynamic programme of Jenks is evaluated with the divide-and-conquer
//    optimisation, O(k·n·log n): the within-class sum of squares satisfies the quadrangle
//    inequality, so the best start of the last class never moves left when its end moves right
//    (Wang & Song 2011, Ckmeans.1d.dp; Grønlund et al. 2017, "Fast exact k-means, k-medians and
//    Bregman divergence clustering in 1D"). For the 35,000 communes and 9 classes that is about
//    5 million cost evaluations instead of 5 billion, a few milliseconds; sampling (what QGIS does
//    past 3,000 values) would give breaks that change from one run to the next.
// Bounds are the class maxima (as jenkspy and mapclassify give them).
std::vector<double> jenks_bounds(const std::vector<double>& sorted, int classes) {
  std::vector<double> x;
  std::vector<double> w;
  for (double v : sorted) {
    if (x.empty() || v != x.back()) {
      x.push_back(v);
      w.push_back(1);
    } else {
      w.back() += 1;
    }
  }
  const std::size_t n = x.size();
  const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(classes), n);
  if (k <= 1) return without_repeats({x.front(), x.back()});

  // Prefix sums of values shifted by the median, which keeps the squares small and the
  // subtraction S2 - S1²/W accurate.
  const double shift = x[n / 2];
  std::vector<double> pw(n + 1, 0), ps(n + 1, 0), pss(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const double d = x[i] - shift;
    pw[i + 1] = pw[i] + w[i];
    ps[i + 1] = ps[i] + w[i] * d;
    pss[i + 1] = pss[i] + w[i] * d * d;
  }
  const auto cost = [&](std::size_t j, std::size_t i) {  // values j..i inclusive
    const double sw = pw[i + 1] - pw[j];
    const double s = ps[i + 1] - ps[j];
    return std::max(0.0, (pss[i + 1] - pss[j]) - s * s / sw);
  };

  std::vector<double> prev(n), cur(n);
  std::vector<std::vector<std::uint32_t>> start(k, std::vector<std::uint32_t>(n, 0));
  for (std::size_t i = 0; i < n; ++i) prev[i] = cost(0, i);

  for (std::size_t m = 1; m < k; ++m) {
    // cur[i] = min over j in [m, i] of prev[j - 1] + cost(j, i), for i in [m, n - 1].
    struct Frame {
      std::size_t lo, hi, opt_lo, opt_hi;
    };
    std::vector<Frame> stack{{m, n - 1, m, n - 1}};
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const std::size_t mid = f.lo + (f.hi - f.lo) / 2;
      double best = std::numeric_limits<double>::infinity();
      std::size_t best_j = f.opt_lo;
      const std::size_t j_end = std::min(mid, f.opt_hi);
      for (std::size_t j = f.opt_lo; j <= j_end; ++j) {
        const double c = prev[j - 1] + cost(j, mid);
        if (c < best) {
          best = c;
          best_j = j;
        }
      }
      cur[mid] = best;
      start[m][mid] = static_cast<std::uint32_t>(best_j);
      if (mid > f.lo) stack.push_back({f.lo, mid - 1, f.opt_lo, best_j});
      if (mid < f.hi) stack.push_back({mid + 1, f.hi, best_j, f.opt_hi});
    }
    std::swap(prev, cur);
  }

  std::vector<double> bounds(k + 1);
  bounds.front() = x.front();
  bounds.back() = x.back();
  std::size_t i = n - 1;
  for (std::size_t m = k - 1; m >= 1; --m) {
    const std::size_t j = start[m][i];
    bounds[m] = x[j - 1];
    i = j - 1;
  }
  return bounds;
}

// Standard deviation: classes of one (or half a) population standard deviation, laid from the
// mean; the outer classes run to the minimum and the maximum. When the data would give more
// classes than asked, the breaks farthest from the mean are dropped (the outer classes widen).
std::vector<double> std_dev_bounds(const std::vector<double>& sorted,
                                   const ClassificationRequest& request) {
  const double lo = sorted.front();
  const double hi = sorted.back();
  const double n = static_cast<double>(sorted.size());
  const double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
  double ss = 0;
  for (double v : sorted) ss += (v - mean) * (v - mean);
  const double sd = std::sqrt(ss / n);
  if (!(sd > 0)) return without_repeats({lo, hi});

  const double step = request.std_dev_step == StdDevStep::One ? sd : sd / 2;
  const double offset = request.mean_placement == MeanPlacement::Bound ? 0.0 : 0.5;
  std::vector<double> breaks;
  const auto first = static_cast<long long>(std::floor((lo - mean) / step - offset));
  const auto last = static_cast<long long>(std::ceil((hi - mean) / step - offset));
  for (long long i = first; i <= last; ++i) {
    const double b = mean + (static_cast<double>(i) + offset) * step;
    if (b > lo && b < hi) breaks.push_back(b);
  }
  while (static_cast<int>(breaks.size()) + 1 > request.classes) {
    if (std::abs(breaks.front() - mean) > std::abs(breaks.back() - mean)) {
      breaks.erase(breaks.begin());
    } else {
      breaks.pop_back();
    }
  }
  std::vector<double> bounds{lo};
  bounds.insert(bounds.end(), breaks.begin(), breaks.end());
  bounds.push_back(hi);
  return bounds;
}

// Head/tail breaks (Jiang 2013, "Head/tail breaks: a new classification scheme for data with a
// heavy-tailed distribution"): the mean splits the values into a head (above) and a tail; the
// mean is a break, and the head is split again while it holds less than 40 % of the values it
// came from and more than one value. The data decide the number of classes (at most the one
// asked for).
std::vector<double> head_tail_bounds(const std::vector<double>& sorted, int max_classes) {
  std::vector<double> bounds{sorted.front()};
  std::span<const double> part(sorted);
  while (static_cast<int>(bounds.size()) < max_classes) {
    const double mean =
        std::accumulate(part.begin(), part.end(), 0.0) / static_cast<double>(part.size());
    const auto head_begin = std::upper_bound(part.begin(), part.end(), mean);
    const auto head_size = static_cast<std::size_t>(part.end() - head_begin);
    if (head_size == 0) break;  // all values equal: nothing above the mean
    bounds.push_back(mean);
    if (head_size <= 1 ||
        static_cast<double>(head_size) >= 0.4 * static_cast<double>(part.size())) {
      break;
    }
    part = part.subspan(part.size() - head_size);
  }
  bounds.push_back(sorted.back());
  return without_repeats(std::move(bounds));
}

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", v);
  return buffer;
}

Result<std::vector<double>> manual_bounds(const std::vector<double>& sorted,
                                          const std::vector<double>& breaks) {
  if (breaks.empty() || static_cast<int>(breaks.size()) > kMaxClasses - 1) {
    return Error{core::MessageCode::ClassesManualBreakCount, {std::to_string(breaks.size())}};
  }
  const double lo = sorted.front();
  const double hi = sorted.back();
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    const double b = breaks[i];
    if (!std::isfinite(b))
      return Error{core::MessageCode::ClassesManualBreakNotANumber, {std::to_string(i + 1)}};
    if (i > 0 && !(b > breaks[i - 1])) {
      return Error{core::MessageCode::ClassesManualBreaksNotIncreasing,
                   {number(b), number(breaks[i - 1])}};
    }
    if (!(b > lo && b < hi)) {
      return Error{core::MessageCode::ClassesManualBreakOutside,
                   {number(b), number(lo), number(hi)}};
    }
  }
  std::vector<double> bounds{lo};
  bounds.insert(bounds.end(), breaks.begin(), breaks.end());
  bounds.push_back(hi);
  return bounds;
}

}  // namespace

double quantile_sorted(std::span<const double> sorted, double p) {
  if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double h = (static_cast<double>(sorted.size()) - 1) * std::clamp(p, 0.0, 1.0);
  const auto i = static_cast<std::size_t>(std::floor(h));
  if (i + 1 >= sorted.size()) return sorted.back();
  return sorted[i] + (h - static_cast<double>(i)) * (sorted[i + 1] - sorted[i]);
}

int Classification::class_of(double value) const {
  if (bounds.size() < 2 || !(value >= bounds.front() && value <= bounds.back())) return -1;
  const auto inner_begin = bounds.begin() + 1;
  const auto inner_end = bounds.end() - 1;
  return static_cast<int>(std::lower_bound(inner_begin, inner_end, value) - inner_begin);
}

ClassCounts Classification::counts(std::span<const double> values) const {
  ClassCounts out;
  out.per_class.assign(static_cast<std::size_t>(class_count()), 0);
  for (double v : values) {
    const int c = class_of(v);
    if (c < 0) {
      ++out.no_data;
    } else {
      ++out.per_class[static_cast<std::size_t>(c)];
    }
  }
  return out;
}

Result<Classification> classify(std::span<const double> values,
                                const ClassificationRequest& request) {
  const bool count_matters =
      request.method != ClassMethod::Q6 && request.method != ClassMethod::Manual;
  if (count_matters && (request.classes < kMinClasses || request.classes > kMaxClasses)) {
    return Error{core::MessageCode::ClassesCountOutOfRange, {std::to_string(request.classes)}};
  }
  const std::vector<double> sorted = finite_sorted(values);
  if (sorted.empty()) {
    return Error{core::MessageCode::ClassesNoValue, {std::to_string(values.size())}};
  }

  Classification c;
  c.method = request.method;
  switch (request.method) {
    case ClassMethod::Quantiles: {
      std::vector<double> ps;
      for (int i = 0; i <= request.classes; ++i)
        ps.push_back(static_cast<double>(i) / request.classes);
      c.bounds = quantile_bounds(sorted, ps);
      break;
    }
    case ClassMethod::Jenks:
      c.bounds = jenks_bounds(sorted, request.classes);
      break;
    case ClassMethod::EqualIntervals:
      c.bounds = equal_interval_bounds(sorted, request.classes);
      break;
    case ClassMethod::StandardDeviation:
      c.bounds = std_dev_bounds(sorted, request);
      break;
    case ClassMethod::Q6: {
      // The bounds used in French thematic cartography and by riatelab's statsbreaks (Magrit):
      // the quartiles, with the 5 % lowest and 5 % highest values set apart in classes of their
      // own. (Older Magrit code used ranks 27.5 % and 72.5 % instead of the quartiles; we follow
      // the published definition.)
      static constexpr double kQ6[] = {0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0};
      c.bounds = quantile_bounds(sorted, kQ6);
      break;
    }
    case ClassMethod::HeadTail:
      c.bounds = head_tail_bounds(sorted, request.classes);
      break;
    case ClassMethod::Manual: {
      auto bounds = manual_bounds(sorted, request.manual_breaks);
      if (!bounds) return bounds.error();
      c.bounds = std::move(bounds).value();
      break;
    }
  }
  return c;
}

}  // namespace lumiere::maps
