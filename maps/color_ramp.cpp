#include "color_ramp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace lumiere::maps {

namespace {

constexpr ColourBlindSafety S = ColourBlindSafety::Safe;
constexpr ColourBlindSafety M = ColourBlindSafety::Unsure;
constexpr ColourBlindSafety N = ColourBlindSafety::Unsafe;

struct BrewerScheme {
  const char* name;
  RampKind kind;
  int max_classes;
  std::array<ColourBlindSafety, 7> safety;  // for 3..9 classes
  // The lists for 3, 4, ... max_classes classes one after the other (3 + 4 + ... values).
  std::array<std::uint32_t, 42> rgb;
};

// This product includes color specifications and designs developed by Cynthia Brewer
// (http://colorbrewer.org/), Pennsylvania State University, under the Apache License 2.0. Values
// are ColorBrewer's own lists per class count (colorbrewer_schemes.js of colorbrewer2.org), with
// its "blind" property mapped to S (1, safe), M (2, maybe) and N (0). One line per class count, as
// published.
// clang-format off
constexpr BrewerScheme kBrewer[] = {
    {"YlOrRd", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xffeda0, 0xfeb24c, 0xf03b20,
         0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c,
         0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026,
         0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026,
         0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026,
         0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026,
         0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026,
     }},
    {"YlGnBu", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xedf8b1, 0x7fcdbb, 0x2c7fb8,
         0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8,
         0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494,
         0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494,
         0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84,
         0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84,
         0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58,
     }},
    {"Blues", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xdeebf7, 0x9ecae1, 0x3182bd,
         0xeff3ff, 0xbdd7e7, 0x6baed6, 0x2171b5,
         0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c,
         0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c,
         0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594,
         0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594,
         0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b,
     }},
    {"Greens", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xe5f5e0, 0xa1d99b, 0x31a354,
         0xedf8e9, 0xbae4b3, 0x74c476, 0x238b45,
         0xedf8e9, 0xbae4b3, 0x74c476, 0x31a354, 0x006d2c,
         0xedf8e9, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x31a354, 0x006d2c,
         0xedf8e9, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x005a32,
         0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x005a32,
         0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b,
     }},
    {"Oranges", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xfee6ce, 0xfdae6b, 0xe6550d,
         0xfeedde, 0xfdbe85, 0xfd8d3c, 0xd94701,
         0xfeedde, 0xfdbe85, 0xfd8d3c, 0xe6550d, 0xa63603,
         0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xe6550d, 0xa63603,
         0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04,
         0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04,
         0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704,
     }},
    {"Purples", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xefedf5, 0xbcbddc, 0x756bb1,
         0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x6a51a3,
         0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x756bb1, 0x54278f,
         0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x756bb1, 0x54278f,
         0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486,
         0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486,
         0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d,
     }},
    {"Reds", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xfee0d2, 0xfc9272, 0xde2d26,
         0xfee5d9, 0xfcae91, 0xfb6a4a, 0xcb181d,
         0xfee5d9, 0xfcae91, 0xfb6a4a, 0xde2d26, 0xa50f15,
         0xfee5d9, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xde2d26, 0xa50f15,
         0xfee5d9, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0x99000d,
         0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0x99000d,
         0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d,
     }},
    {"BuPu", RampKind::Sequential, 9, {S, S, S, S, S, S, S},
     {
         0xe0ecf4, 0x9ebcda, 0x8856a7,
         0xedf8fb, 0xb3cde3, 0x8c96c6, 0x88419d,
         0xedf8fb, 0xb3cde3, 0x8c96c6, 0x8856a7, 0x810f7c,
         0xedf8fb, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8856a7, 0x810f7c,
         0xedf8fb, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x6e016b,
         0xf7fcfd, 0xe0ecf4, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x6e016b,
         0xf7fcfd, 0xe0ecf4, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x810f7c, 0x4d004b,
     }},
    {"RdBu", RampKind::Diverging, 9, {S, S, S, S, S, S, S},
     {
         0xef8a62, 0xf7f7f7, 0x67a9cf,
         0xca0020, 0xf4a582, 0x92c5de, 0x0571b0,
         0xca0020, 0xf4a582, 0xf7f7f7, 0x92c5de, 0x0571b0,
         0xb2182b, 0xef8a62, 0xfddbc7, 0xd1e5f0, 0x67a9cf, 0x2166ac,
         0xb2182b, 0xef8a62, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x67a9cf, 0x2166ac,
         0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac,
         0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac,
     }},
    {"RdYlBu", RampKind::Diverging, 9, {S, S, S, S, S, S, S},
     {
         0xfc8d59, 0xffffbf, 0x91bfdb,
         0xd7191c, 0xfdae61, 0xabd9e9, 0x2c7bb6,
         0xd7191c, 0xfdae61, 0xffffbf, 0xabd9e9, 0x2c7bb6,
         0xd73027, 0xfc8d59, 0xfee090, 0xe0f3f8, 0x91bfdb, 0x4575b4,
         0xd73027, 0xfc8d59, 0xfee090, 0xffffbf, 0xe0f3f8, 0x91bfdb, 0x4575b4,
         0xd73027, 0xf46d43, 0xfdae61, 0xfee090, 0xe0f3f8, 0xabd9e9, 0x74add1, 0x4575b4,
         0xd73027, 0xf46d43, 0xfdae61, 0xfee090, 0xffffbf, 0xe0f3f8, 0xabd9e9, 0x74add1, 0x4575b4,
     }},
    {"PuOr", RampKind::Diverging, 9, {S, S, S, S, S, S, S},
     {
         0xf1a340, 0xf7f7f7, 0x998ec3,
         0xe66101, 0xfdb863, 0xb2abd2, 0x5e3c99,
         0xe66101, 0xfdb863, 0xf7f7f7, 0xb2abd2, 0x5e3c99,
         0xb35806, 0xf1a340, 0xfee0b6, 0xd8daeb, 0x998ec3, 0x542788,
         0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788,
         0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788,
         0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788,
     }},
    {"BrBG", RampKind::Diverging, 9, {S, S, S, S, S, S, S},
     {
         0xd8b365, 0xf5f5f5, 0x5ab4ac,
         0xa6611a, 0xdfc27d, 0x80cdc1, 0x018571,
         0xa6611a, 0xdfc27d, 0xf5f5f5, 0x80cdc1, 0x018571,
         0x8c510a, 0xd8b365, 0xf6e8c3, 0xc7eae5, 0x5ab4ac, 0x01665e,
         0x8c510a, 0xd8b365, 0xf6e8c3, 0xf5f5f5, 0xc7eae5, 0x5ab4ac, 0x01665e,
         0x8c510a, 0xbf812d, 0xdfc27d, 0xf6e8c3, 0xc7eae5, 0x80cdc1, 0x35978f, 0x01665e,
         0x8c510a, 0xbf812d, 0xdfc27d, 0xf6e8c3, 0xf5f5f5, 0xc7eae5, 0x80cdc1, 0x35978f, 0x01665e,
     }},
    {"PiYG", RampKind::Diverging, 9, {S, S, S, S, S, S, S},
     {
         0xe9a3c9, 0xf7f7f7, 0xa1d76a,
         0xd01c8b, 0xf1b6da, 0xb8e186, 0x4dac26,
         0xd01c8b, 0xf1b6da, 0xf7f7f7, 0xb8e186, 0x4dac26,
         0xc51b7d, 0xe9a3c9, 0xfde0ef, 0xe6f5d0, 0xa1d76a, 0x4d9221,
         0xc51b7d, 0xe9a3c9, 0xfde0ef, 0xf7f7f7, 0xe6f5d0, 0xa1d76a, 0x4d9221,
         0xc51b7d, 0xde77ae, 0xf1b6da, 0xfde0ef, 0xe6f5d0, 0xb8e186, 0x7fbc41, 0x4d9221,
         0xc51b7d, 0xde77ae, 0xf1b6da, 0xfde0ef, 0xf7f7f7, 0xe6f5d0, 0xb8e186, 0x7fbc41, 0x4d9221,
     }},
    {"Set2", RampKind::Qualitative, 8, {S, M, M, M, N, N, N},
     {
         0x66c2a5, 0xfc8d62, 0x8da0cb,
         0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3,
         0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854,
         0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854, 0xffd92f,
         0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854, 0xffd92f, 0xe5c494,
         0x66c2a5, 0xfc8d62, 0x8da0cb, 0xe78ac3, 0xa6d854, 0xffd92f, 0xe5c494, 0xb3b3b3,
     }},
    {"Dark2", RampKind::Qualitative, 8, {S, M, M, M, N, N, N},
     {
         0x1b9e77, 0xd95f02, 0x7570b3,
         0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a,
         0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e,
         0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e, 0xe6ab02,
         0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e, 0xe6ab02, 0xa6761d,
         0x1b9e77, 0xd95f02, 0x7570b3, 0xe7298a, 0x66a61e, 0xe6ab02, 0xa6761d, 0x666666,
     }},
    {"Paired", RampKind::Qualitative, 9, {S, S, M, M, M, M, N},
     {
         0xa6cee3, 0x1f78b4, 0xb2df8a,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c, 0xfdbf6f,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c, 0xfdbf6f, 0xff7f00,
         0xa6cee3, 0x1f78b4, 0xb2df8a, 0x33a02c, 0xfb9a99, 0xe31a1c, 0xfdbf6f, 0xff7f00, 0xcab2d6,
     }},
    {"Set3", RampKind::Qualitative, 9, {M, M, N, N, N, N, N},
     {
         0x8dd3c7, 0xffffb3, 0xbebada,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462, 0xb3de69,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462, 0xb3de69, 0xfccde5,
         0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462, 0xb3de69, 0xfccde5, 0xd9d9d9,
     }},
};
// clang-format on

constexpr int kBrewerCount = static_cast<int>(std::size(kBrewer));
constexpr int kViridis = -1;

// viridis (van der Walt & Smith, matplotlib, CC0): every 16th entry of matplotlib's 256-entry
// _viridis_data table (entries 0, 16, ..., 240 and 255), interpolated linearly in between.
constexpr std::array<std::array<double, 3>, 17> kViridisStops = {{
    {0.267004, 0.004874, 0.329415},
    {0.282327, 0.094955, 0.417331},
    {0.278826, 0.175490, 0.483397},
    {0.258965, 0.251537, 0.524736},
    {0.229739, 0.322361, 0.545706},
    {0.199430, 0.387607, 0.554642},
    {0.172719, 0.448791, 0.557885},
    {0.149039, 0.508051, 0.557250},
    {0.127568, 0.566949, 0.550556},
    {0.120638, 0.625828, 0.533488},
    {0.157851, 0.683765, 0.501686},
    {0.246070, 0.738910, 0.452024},
    {0.369214, 0.788888, 0.382914},
    {0.515992, 0.831158, 0.294279},
    {0.678489, 0.863742, 0.189503},
    {0.845561, 0.887322, 0.099702},
    {0.993248, 0.906157, 0.143936},
}};
constexpr std::array<double, 17> kViridisPositions = {
    0.0,         16.0 / 255,  32.0 / 255,  48.0 / 255,  64.0 / 255,  80.0 / 255,
    96.0 / 255,  112.0 / 255, 128.0 / 255, 144.0 / 255, 160.0 / 255, 176.0 / 255,
    192.0 / 255, 208.0 / 255, 224.0 / 255, 240.0 / 255, 1.0};

QColor viridis_at(double t) {
  t = std::clamp(t, 0.0, 1.0);
  const auto hi = static_cast<std::size_t>(
      std::upper_bound(kViridisPositions.begin() + 1, kViridisPositions.end() - 1, t) -
      kViridisPositions.begin());
  const std::size_t lo = hi - 1;
  const double f = (t - kViridisPositions[lo]) / (kViridisPositions[hi] - kViridisPositions[lo]);
  std::array<int, 3> c{};
  for (std::size_t i = 0; i < 3; ++i) {
    const double v = kViridisStops[lo][i] + f * (kViridisStops[hi][i] - kViridisStops[lo][i]);
    c[i] = static_cast<int>(std::lround(v * 255));
  }
  return QColor(c[0], c[1], c[2]);
}

std::vector<QColor> brewer_list(const BrewerScheme& s, int classes) {
  const int offset = (classes - 1) * classes / 2 - 3;  // 3 + 4 + ... + (classes - 1)
  std::vector<QColor> out;
  out.reserve(static_cast<std::size_t>(classes));
  for (int i = 0; i < classes; ++i)
    out.emplace_back(QRgb(s.rgb[static_cast<std::size_t>(offset + i)]));
  return out;
}

QColor mix(const QColor& a, const QColor& b, double f) {
  return QColor(static_cast<int>(std::lround(a.red() + f * (b.red() - a.red()))),
                static_cast<int>(std::lround(a.green() + f * (b.green() - a.green()))),
                static_cast<int>(std::lround(a.blue() + f * (b.blue() - a.blue()))));
}

std::array<double, 3> to_lab(const QColor& c) {
  const auto linear = [](int v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  const double r = linear(c.red()), g = linear(c.green()), b = linear(c.blue());
  const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
  const auto f = [](double t) {
    return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  };
  const double fx = f(x), fy = f(y), fz = f(z);
  return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

}  // namespace

double colour_distance(const QColor& a, const QColor& b) {
  const auto la = to_lab(a);
  const auto lb = to_lab(b);
  return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

std::vector<ColorRamp> ColorRamp::all() {
  std::vector<ColorRamp> out;
  for (int i = 0; i < kBrewerCount; ++i) out.push_back(ColorRamp(i));
  out.push_back(viridis());
  return out;
}

std::vector<ColorRamp> ColorRamp::of_kind(RampKind kind) {
  std::vector<ColorRamp> out;
  for (const ColorRamp& r : all()) {
    if (r.kind() == kind) out.push_back(r);
  }
  return out;
}

ColorRamp ColorRamp::named(std::string_view name, RampKind kind_if_unknown) {
  for (const ColorRamp& r : all()) {
    if (r.name() == name) return r;
  }
  return default_for(kind_if_unknown, 5);
}

ColorRamp ColorRamp::viridis() { return ColorRamp(kViridis); }

// Qualitative: no ColorBrewer qualitative scheme is safe past 4 classes; take a safe one, else a
// "maybe", else the first that has enough colours, in the order Dark2, Set2, Paired, Set3.
ColorRamp ColorRamp::default_for(RampKind kind, int classes) {
  if (kind == RampKind::Sequential) return named("YlOrRd", kind);
  if (kind == RampKind::Diverging) return named("RdBu", kind);
  const std::array<ColorRamp, 4> order = {named("Dark2", kind), named("Set2", kind),
                                          named("Paired", kind), named("Set3", kind)};
  for (ColourBlindSafety wanted : {ColourBlindSafety::Safe, ColourBlindSafety::Unsure}) {
    for (const ColorRamp& r : order) {
      if (r.supports(classes) && r.colour_blind_safety(classes) == wanted) return r;
    }
  }
  for (const ColorRamp& r : order) {
    if (r.supports(classes)) return r;
  }
  return order[2];
}

std::string_view ColorRamp::name() const {
  return index_ == kViridis ? "viridis" : kBrewer[index_].name;
}

RampKind ColorRamp::kind() const {
  return index_ == kViridis ? RampKind::Sequential : kBrewer[index_].kind;
}

int ColorRamp::max_classes() const { return index_ == kViridis ? 9 : kBrewer[index_].max_classes; }

ColourBlindSafety ColorRamp::colour_blind_safety(int classes) const {
  if (index_ == kViridis) return ColourBlindSafety::Safe;  // designed for it (and for greyscale)
  const int k = std::clamp(classes, 3, 9);
  return kBrewer[index_].safety[static_cast<std::size_t>(k - 3)];
}

std::vector<QColor> ColorRamp::colors(int classes) const {
  if (!supports(classes)) return {};
  if (index_ == kViridis) {
    if (classes == 1) return {viridis_at(0.5)};
    std::vector<QColor> out;
    for (int i = 0; i < classes; ++i)
      out.push_back(viridis_at(static_cast<double>(i) / (classes - 1)));
    return out;
  }
  const BrewerScheme& s = kBrewer[index_];
  if (classes < 3) {
    const std::vector<QColor> three = brewer_list(s, 3);
    if (classes == 1) return {three[1]};
    return {three[0], three[2]};
  }
  return brewer_list(s, classes);
}

QColor ColorRamp::at(double t) const {
  if (index_ == kViridis) return viridis_at(t);
  const std::vector<QColor> list = brewer_list(kBrewer[index_], max_classes());
  const double pos = std::clamp(t, 0.0, 1.0) * static_cast<double>(list.size() - 1);
  if (kind() == RampKind::Qualitative) return list[static_cast<std::size_t>(std::lround(pos))];
  const auto lo = std::min(static_cast<std::size_t>(pos), list.size() - 2);
  return mix(list[lo], list[lo + 1], pos - static_cast<double>(lo));
}

QColor ColorRamp::no_data_color(int classes) const {
  // Light greys first (the usual "sans donnée" of French maps), darker ones when a ramp has a
  // light grey of its own (Set3 and Set2 do).
  static const std::array<QColor, 9> candidates = {
      QColor(0xcc, 0xcc, 0xcc), QColor(0xe0, 0xe0, 0xe0), QColor(0xb0, 0xb0, 0xb0),
      QColor(0xf0, 0xf0, 0xf0), QColor(0x99, 0x99, 0x99), QColor(0x80, 0x80, 0x80),
      QColor(0x66, 0x66, 0x66), QColor(0xff, 0xff, 0xff), QColor(0x40, 0x40, 0x40)};
  const std::vector<QColor> ramp = colors(classes);
  QColor best = candidates.front();
  double best_distance = -1;
  for (const QColor& c : candidates) {
    double nearest = std::numeric_limits<double>::infinity();
    for (const QColor& r : ramp) nearest = std::min(nearest, colour_distance(c, r));
    if (nearest >= kMinNoDataDistance) return c;
    if (nearest > best_distance) {
      best_distance = nearest;
      best = c;
    }
  }
  return best;
}

}  // namespace lumiere::maps
