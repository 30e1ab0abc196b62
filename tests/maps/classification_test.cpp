#include "maps/classification.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

#include "maps/message_text.h"

namespace lumiere::maps {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Classification classify_ok(const std::vector<double>& values, ClassificationRequest request) {
  auto result = classify(values, request);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : message_string(result.error()));
  return result.ok() ? *result : Classification{};
}

ClassificationRequest request_of(ClassMethod method, int classes) {
  ClassificationRequest r;
  r.method = method;
  r.classes = classes;
  return r;
}

void expect_bounds(const Classification& c, const std::vector<double>& expected,
                   double tolerance = 1e-9) {
  ASSERT_EQ(c.bounds.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(c.bounds[i], expected[i], tolerance) << "bound " << i;
  }
}

std::vector<std::size_t> per_class(const Classification& c, const std::vector<double>& values) {
  return c.counts(values).per_class;
}

std::vector<double> one_to(int n) {
  std::vector<double> v(static_cast<std::size_t>(n));
  std::iota(v.begin(), v.end(), 1.0);
  return v;
}

// Sum of squared deviations from the class means: what Jenks minimises.
double within_ssd(const Classification& c, const std::vector<double>& values) {
  std::vector<double> sum(static_cast<std::size_t>(c.class_count()), 0);
  std::vector<double> n(sum.size(), 0);
  for (double v : values) {
    const auto k = static_cast<std::size_t>(c.class_of(v));
    sum[k] += v;
    n[k] += 1;
  }
  double ssd = 0;
  for (double v : values) {
    const auto k = static_cast<std::size_t>(c.class_of(v));
    const double m = sum[k] / n[k];
    ssd += (v - m) * (v - m);
  }
  return ssd;
}

// The textbook O(k·n²) dynamic programme of Jenks, on every value (no grouping of equal values):
// an independent reference for the fast exact algorithm.
double reference_jenks_ssd(std::vector<double> x, int k) {
  std::sort(x.begin(), x.end());
  const std::size_t n = x.size();
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> d(static_cast<std::size_t>(k), std::vector<double>(n, inf));
  const auto cost = [&](std::size_t j, std::size_t i) {
    double s = 0, ss = 0;
    for (std::size_t t = j; t <= i; ++t) {
      s += x[t];
      ss += x[t] * x[t];
    }
    return ss - s * s / static_cast<double>(i - j + 1);
  };
  // Incremental costs would be faster; the point here is to be obviously right.
  for (std::size_t i = 0; i < n; ++i) d[0][i] = cost(0, i);
  for (std::size_t m = 1; m < static_cast<std::size_t>(k); ++m) {
    for (std::size_t i = m; i < n; ++i) {
      double s = 0, ss = 0;
      for (std::size_t j = i + 1; j-- > m;) {  // class m is x[j..i]
        s += x[j];
        ss += x[j] * x[j];
        const double c = ss - s * s / static_cast<double>(i - j + 1);
        d[m][i] = std::min(d[m][i], d[m - 1][j - 1] + c);
      }
    }
  }
  return d[static_cast<std::size_t>(k) - 1][n - 1];
}

TEST(Quantiles, TenValuesInFiveClassesOfTwo) {
  // Type-7 quantiles of 1..10 at 0.2, 0.4, 0.6, 0.8: 1 + 9p -> 2.8, 4.6, 6.4, 8.2.
  const auto values = one_to(10);
  const auto c = classify_ok(values, request_of(ClassMethod::Quantiles, 5));
  expect_bounds(c, {1, 2.8, 4.6, 6.4, 8.2, 10});
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{2, 2, 2, 2, 2}));
}

TEST(Quantiles, RepeatedValuesMergeEmptyClasses) {
  // Half of the values are 0: the 0.25 and 0.5 quantiles are 0 too, and those classes merge.
  const std::vector<double> values = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6};
  const auto c = classify_ok(values, request_of(ClassMethod::Quantiles, 4));
  // quantiles: 0, 0 (h=2.75), 0.5 (h=5.5: between 0 and 1), 3.25 (h=8.25), 6
  expect_bounds(c, {0, 0.5, 3.25, 6});
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{6, 3, 3}));
}

TEST(EqualIntervals, FiveClassesFromZeroToTen) {
  const std::vector<double> values = {0, 1, 3, 7, 10};
  const auto c = classify_ok(values, request_of(ClassMethod::EqualIntervals, 5));
  expect_bounds(c, {0, 2, 4, 6, 8, 10});
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{2, 1, 0, 1, 1}));
}

// {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population standard deviation exactly 2.
const std::vector<double> kStdDevSet = {2, 4, 4, 4, 5, 5, 7, 9};

TEST(StandardDeviation, OneSigmaWithTheMeanAsABound) {
  const auto c = classify_ok(kStdDevSet, request_of(ClassMethod::StandardDeviation, 9));
  expect_bounds(c, {2, 3, 5, 7, 9});  // mean - 1σ, mean, mean + 1σ
  EXPECT_EQ(per_class(c, kStdDevSet), (std::vector<std::size_t>{1, 5, 1, 1}));
}

TEST(StandardDeviation, HalfSigmaAndCentredMean) {
  auto r = request_of(ClassMethod::StandardDeviation, 9);
  r.std_dev_step = StdDevStep::Half;
  expect_bounds(classify_ok(kStdDevSet, r), {2, 3, 4, 5, 6, 7, 8, 9});
  r.std_dev_step = StdDevStep::One;
  r.mean_placement = MeanPlacement::Centre;  // middle class [4, 6] centred on the mean
  expect_bounds(classify_ok(kStdDevSet, r), {2, 4, 6, 8, 9});
}

TEST(StandardDeviation, KeepsTheBreaksNearestTheMeanWhenTooMany) {
  auto r = request_of(ClassMethod::StandardDeviation, 5);
  r.std_dev_step = StdDevStep::Half;  // would give 3..8 (7 classes); 8 then 7 go (farthest, tie)
  expect_bounds(classify_ok(kStdDevSet, r), {2, 3, 4, 5, 6, 9});
}

TEST(Q6, OneToAHundred) {
  // min, P5, Q1, median, Q3, P95, max with type-7 quantiles: 1 + 99p.
  const auto values = one_to(100);
  const auto c = classify_ok(values, request_of(ClassMethod::Q6, 5));  // the count is ignored
  expect_bounds(c, {1, 5.95, 25.75, 50.5, 75.25, 95.05, 100});
  EXPECT_EQ(c.class_count(), 6);
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{5, 20, 25, 25, 20, 5}));
}

TEST(HeadTail, JiangsOwnExample) {
  // Jiang (2013) splits 1, 1/2, ..., 1/10: mean 0.2929 (head of 3 values, 30 %), then the head's
  // mean 0.6111 (head of 1 value: stop): three classes 1/10..1/4, 1/3..1/2, 1.
  std::vector<double> values;
  for (int x = 1; x <= 10; ++x) values.push_back(1.0 / x);
  const auto c = classify_ok(values, request_of(ClassMethod::HeadTail, 9));
  expect_bounds(c, {0.1, 0.29289682539682538, 0.61111111111111105, 1.0}, 1e-12);
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{7, 2, 1}));
}

TEST(HeadTail, HeavyTailedRankSize) {
  // 10000 / rank for ranks 1..200 (Zipf): means computed independently in Python
  // (293.90..., 1211.23..., 3397.32..., 7500): heads of 34, 8, 2 and 1 values.
  std::vector<double> values;
  for (int r = 1; r <= 200; ++r) values.push_back(10000.0 / r);
  const auto c = classify_ok(values, request_of(ClassMethod::HeadTail, 9));
  expect_bounds(c, {50, 293.90154740607227, 1211.238232483951, 3397.3214285714284, 7500, 10000},
                1e-9);
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{166, 26, 6, 1, 1}));
  // At most the number of classes asked for.
  EXPECT_EQ(classify_ok(values, request_of(ClassMethod::HeadTail, 3)).class_count(), 3);
}

TEST(Jenks, SimpleStatisticsCkmeansExample) {
  // simple-statistics' documented example: ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3) gives
  // [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]; class maxima -1, 2, 6.
  const std::vector<double> values = {-1, 2, -1, 2, 4, 5, 6, -1, 2, -1};
  const auto c = classify_ok(values, request_of(ClassMethod::Jenks, 3));
  expect_bounds(c, {-1, -1, 2, 6});
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{4, 3, 3}));
}

TEST(Jenks, TwentyValuesAgainstExhaustiveSearch) {
  // Optimal breaks found by trying every partition in Python (itertools.combinations), with the
  // least within-class sum of squares: 1241.4 (k=3), 584.958 (k=4), 304 (k=5).
  const std::vector<double> values = {12, 14, 15, 17, 19, 23, 25, 26, 29, 31,
                                      38, 40, 41, 44, 52, 57, 61, 63, 78, 95};
  const auto c3 = classify_ok(values, request_of(ClassMethod::Jenks, 3));
  expect_bounds(c3, {12, 31, 63, 95});
  EXPECT_NEAR(within_ssd(c3, values), 1241.4, 1e-9);
  const auto c4 = classify_ok(values, request_of(ClassMethod::Jenks, 4));
  expect_bounds(c4, {12, 26, 44, 63, 95});
  EXPECT_NEAR(within_ssd(c4, values), 584.9583333333333, 1e-9);
  const auto c5 = classify_ok(values, request_of(ClassMethod::Jenks, 5));
  expect_bounds(c5, {12, 19, 31, 44, 63, 95});
  EXPECT_NEAR(within_ssd(c5, values), 304.0, 1e-9);
}

TEST(Jenks, MatchesTheQuadraticDynamicProgrammeOnRandomData) {
  std::mt19937 rng(20240501);
  std::lognormal_distribution<double> skewed(3.0, 1.2);
  for (int trial = 0; trial < 6; ++trial) {
    std::vector<double> values;
    for (int i = 0; i < 300; ++i) values.push_back(std::round(skewed(rng) * 10) / 10);  // ties
    for (int k = 3; k <= 9; ++k) {
      const auto c = classify_ok(values, request_of(ClassMethod::Jenks, k));
      ASSERT_EQ(c.class_count(), k);
      const double expected = reference_jenks_ssd(values, k);
      EXPECT_NEAR(within_ssd(c, values), expected, 1e-6 * std::max(1.0, expected))
          << "trial " << trial << ", k " << k;
    }
  }
}

TEST(Jenks, ThirtyFiveThousandValuesQuickly) {
  // The size of the commune layer: exact breaks on every value, well under a second.
  std::mt19937 rng(7);
  std::lognormal_distribution<double> density(4.0, 1.5);
  std::vector<double> values(35000);
  for (double& v : values) v = density(rng);
  const auto t0 = std::chrono::steady_clock::now();
  const auto c = classify_ok(values, request_of(ClassMethod::Jenks, 9));
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  EXPECT_EQ(c.class_count(), 9);
  EXPECT_LT(std::chrono::duration<double>(elapsed).count(), 1.0);
  const auto counts = c.counts(values);
  EXPECT_EQ(std::accumulate(counts.per_class.begin(), counts.per_class.end(), std::size_t{0}),
            values.size());
}

TEST(Jenks, FewerDistinctValuesThanClasses) {
  const std::vector<double> values = {1, 1, 2, 2, 5, 5};
  const auto c = classify_ok(values, request_of(ClassMethod::Jenks, 5));
  expect_bounds(c, {1, 1, 2, 5});  // three distinct values, three classes
}

TEST(Manual, ValidBreaksAreUsedAsGiven) {
  auto r = request_of(ClassMethod::Manual, 0);
  r.manual_breaks = {10, 50};
  const std::vector<double> values = {0, 5, 10, 11, 50, 51, 100};
  const auto c = classify_ok(values, r);
  expect_bounds(c, {0, 10, 50, 100});
  EXPECT_EQ(per_class(c, values), (std::vector<std::size_t>{3, 2, 2}));
}

TEST(Manual, UnsortedOrOutOfRangeBreaksAreRefused) {
  const std::vector<double> values = {0, 5, 10, 100};
  auto r = request_of(ClassMethod::Manual, 0);
  r.manual_breaks = {50, 10};
  auto res = classify(values, r);
  ASSERT_FALSE(res.ok());
  EXPECT_EQ(res.code(), core::MessageCode::ClassesManualBreaksNotIncreasing);
  EXPECT_EQ(message_string(res.error()),
            "manual breaks must increase: 10 comes after 50; sort them and remove duplicates");
  r.manual_breaks = {10, 150};
  res = classify(values, r);
  ASSERT_FALSE(res.ok());
  EXPECT_EQ(res.code(), core::MessageCode::ClassesManualBreakOutside);
  EXPECT_EQ(message_string(res.error()),
            "manual break 150 is outside the values (0 to 100); choose breaks strictly between "
            "the minimum and the maximum");
  r.manual_breaks = {0, 50};  // on the minimum: the first class would be [0, 0]
  EXPECT_FALSE(classify(values, r).ok());
  r.manual_breaks = {};
  EXPECT_FALSE(classify(values, r).ok());
}

TEST(NoData, NaNIsIgnoredAndCountedApart) {
  const std::vector<double> values = {
      kNaN, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, kNaN, std::numeric_limits<double>::infinity()};
  const auto c = classify_ok(values, request_of(ClassMethod::Quantiles, 5));
  expect_bounds(c, {1, 2.8, 4.6, 6.4, 8.2, 10});  // as for 1..10 alone
  const auto counts = c.counts(values);
  EXPECT_EQ(counts.per_class, (std::vector<std::size_t>{2, 2, 2, 2, 2}));
  EXPECT_EQ(counts.no_data, 3u);
  EXPECT_EQ(c.class_of(kNaN), -1);
  EXPECT_EQ(c.class_of(0.5), -1);   // below the minimum
  EXPECT_EQ(c.class_of(10.5), -1);  // above the maximum
}

TEST(NoData, EveryMethodIgnoresNaN) {
  std::vector<double> with_nan = one_to(100);
  std::vector<double> values = with_nan;
  with_nan.insert(with_nan.begin() + 10, kNaN);
  with_nan.push_back(kNaN);
  for (ClassMethod m : {ClassMethod::Quantiles, ClassMethod::Jenks, ClassMethod::EqualIntervals,
                        ClassMethod::StandardDeviation, ClassMethod::Q6, ClassMethod::HeadTail}) {
    const auto a = classify_ok(values, request_of(m, 5));
    const auto b = classify_ok(with_nan, request_of(m, 5));
    EXPECT_EQ(a.bounds, b.bounds) << static_cast<int>(m);
  }
}

TEST(NoData, NothingToClassifyIsAnError) {
  const std::vector<double> values = {kNaN, kNaN};
  const auto res = classify(values, request_of(ClassMethod::Jenks, 5));
  ASSERT_FALSE(res.ok());
  EXPECT_EQ(res.code(), core::MessageCode::ClassesNoValue);
  EXPECT_EQ(message_string(res.error()),
            "there is no value to classify (2 features, all without data); choose a field that "
            "has values");
  EXPECT_FALSE(classify(std::vector<double>{}, request_of(ClassMethod::Quantiles, 5)).ok());
}

TEST(Classification, ClassCountOutsideThreeToNineIsAnError) {
  const auto values = one_to(20);
  EXPECT_FALSE(classify(values, request_of(ClassMethod::Quantiles, 2)).ok());
  EXPECT_FALSE(classify(values, request_of(ClassMethod::Jenks, 10)).ok());
  EXPECT_TRUE(classify(values, request_of(ClassMethod::EqualIntervals, 9)).ok());
}

TEST(Classification, AllValuesEqualMakeOneClass) {
  const std::vector<double> values = {4, 4, 4};
  for (ClassMethod m : {ClassMethod::Quantiles, ClassMethod::Jenks, ClassMethod::EqualIntervals,
                        ClassMethod::StandardDeviation, ClassMethod::Q6, ClassMethod::HeadTail}) {
    const auto c = classify_ok(values, request_of(m, 5));
    EXPECT_EQ(c.class_count(), 1) << static_cast<int>(m);
    EXPECT_EQ(c.class_of(4), 0);
  }
}

TEST(Classification, ClassOfIsClosedOnTheRight) {
  Classification c;
  c.bounds = {0, 10, 20, 30};
  EXPECT_EQ(c.class_of(0), 0);
  EXPECT_EQ(c.class_of(10), 0);  // an upper bound belongs to its class
  EXPECT_EQ(c.class_of(10.0001), 1);
  EXPECT_EQ(c.class_of(20), 1);
  EXPECT_EQ(c.class_of(30), 2);
  EXPECT_EQ(c.class_of(30.5), -1);
}

}  // namespace
}  // namespace lumiere::maps
