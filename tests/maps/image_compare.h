#pragma once
// Image comparison of the rendering tests, as QGIS and OpenOrienteering Mapper do with their
// control images: a render matches its reference PNG when few enough pixels differ by more than a
// per-channel tolerance. On failure the actual image and a difference image (differences in red
// over the faded actual) are written to a folder of the build tree and named in the message.
// With LUMIERE_UPDATE_REFERENCES=1 the reference is (re)written instead, and the check still
// fails, so that no run ever passes on a reference it has just written. Plain functions; call
// them from the test's thread (they need a QGuiApplication only for PNG I/O plugins).
#include <gtest/gtest.h>

#include <QImage>
#include <QString>
#include <cstddef>

namespace lumiere::test {

struct ImageTolerance {
  int channel = 8;           // per-channel difference allowed, 0..255 (8: about 3 %)
  double max_share = 0.005;  // share of pixels allowed beyond it (0.005: 0.5 %)
};

struct ImageDifference {
  bool same_size = false;
  std::size_t pixels = 0;  // compared (the actual image's pixels)
  std::size_t beyond = 0;  // pixels with a channel differing by more than the tolerance
  int max_channel = 0;     // largest difference of one channel, 0..255
  QImage diff;             // the differences in red over the faded actual

  double share() const { return pixels == 0 ? 1.0 : static_cast<double>(beyond) / pixels; }
  bool within(const ImageTolerance& tolerance) const {
    return same_size && share() <= tolerance.max_share;
  }
};

// Compares every channel (alpha included) of two images of any format; images of different sizes
// differ in every pixel.
ImageDifference compare_images(const QImage& actual, const QImage& expected, int channel_tolerance);

// Where references are read and failures written.
struct ReferenceFolders {
  QString references;  // the committed PNGs: <references>/<name>.png
  QString failures;    // <failures>/<name>.actual.png and <name>.diff.png on failure
};

// Checks `actual` against `expected`; on failure writes the actual and the difference images
// under folders.failures and says their paths. Never writes a reference.
::testing::AssertionResult matches_image(const QImage& actual, const QImage& expected,
                                         const QString& name, const ImageTolerance& tolerance,
                                         const QString& failure_folder);

// Checks `actual` against <references>/<name>.png; with LUMIERE_UPDATE_REFERENCES=1, writes it
// there instead and fails saying so.
::testing::AssertionResult matches_reference(const QImage& actual, const QString& name,
                                             const ImageTolerance& tolerance,
                                             const ReferenceFolders& folders);

}  // namespace lumiere::test
