#include "image_compare.h"

#include <QDir>
#include <algorithm>
#include <cstdlib>

namespace lumiere::test {
namespace {

int channel_difference(QRgb a, QRgb b) {
  return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                   std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
}

// The actual pixel in grey, three quarters of the way to white: the map stays readable under the
// red of the differences.
QRgb faded(QRgb p) {
  const int grey = qGray(p);
  const int v = 255 - (255 - grey) / 4;
  return qRgb(v, v, v);
}

// The image as it is best stored: without an alpha channel when every pixel is opaque (a third
// smaller), at the highest PNG compression.
bool save_png(const QImage& image, const QString& path) {
  const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
  bool opaque = true;
  for (int y = 0; y < argb.height() && opaque; ++y) {
    const auto* row = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
    for (int x = 0; x < argb.width() && opaque; ++x) opaque = qAlpha(row[x]) == 255;
  }
  return (opaque ? argb.convertToFormat(QImage::Format_RGB32) : argb).save(path, "PNG", 0);
}

bool update_requested() { return qEnvironmentVariable("LUMIERE_UPDATE_REFERENCES") == "1"; }

QString describe(const ImageDifference& d, const ImageTolerance& t) {
  return QStringLiteral(
             "%1 of %2 pixels (%3 %) differ by more than %4/255 in a channel "
             "(at most %5 % allowed); largest difference %6/255")
      .arg(d.beyond)
      .arg(d.pixels)
      .arg(100.0 * d.share(), 0, 'f', 3)
      .arg(t.channel)
      .arg(100.0 * t.max_share, 0, 'f', 3)
      .arg(d.max_channel);
}

}  // namespace

ImageDifference compare_images(const QImage& actual, const QImage& expected,
                               int channel_tolerance) {
  const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
  const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
  ImageDifference out;
  out.same_size = a.size() == e.size();
  out.pixels = static_cast<std::size_t>(a.width()) * static_cast<std::size_t>(a.height());
  out.diff = QImage(a.size(), QImage::Format_RGB32);
  for (int y = 0; y < a.height(); ++y) {
    const auto* row_a = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const auto* row_e =
        y < e.height() ? reinterpret_cast<const QRgb*>(e.constScanLine(y)) : nullptr;
    auto* row_d = reinterpret_cast<QRgb*>(out.diff.scanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      // A pixel the expected image does not have differs wholly.
      const int d = row_e && x < e.width() ? channel_difference(row_a[x], row_e[x]) : 255;
      out.max_channel = std::max(out.max_channel, d);
      if (d > channel_tolerance) {
        ++out.beyond;
        row_d[x] = qRgb(255, 0, 0);
      } else {
        row_d[x] = faded(row_a[x]);
      }
    }
  }
  if (!out.same_size) out.beyond = out.pixels;
  return out;
}

::testing::AssertionResult matches_image(const QImage& actual, const QImage& expected,
                                         const QString& name, const ImageTolerance& tolerance,
                                         const QString& failure_folder) {
  const ImageDifference d = compare_images(actual, expected, tolerance.channel);
  if (d.within(tolerance)) return ::testing::AssertionSuccess();

  QDir().mkpath(failure_folder);
  const QString actual_path = QDir(failure_folder).filePath(name + ".actual.png");
  const QString diff_path = QDir(failure_folder).filePath(name + ".diff.png");
  const bool written = save_png(actual, actual_path) && save_png(d.diff, diff_path);
  QString what = d.same_size ? describe(d, tolerance)
                             : QStringLiteral("the image is %1×%2, the reference %3×%4")
                                   .arg(actual.width())
                                   .arg(actual.height())
                                   .arg(expected.width())
                                   .arg(expected.height());
  auto failure = ::testing::AssertionFailure()
                 << "image \"" << name.toStdString() << "\": " << what.toStdString();
  if (written) {
    failure << "\n  actual: " << actual_path.toStdString()
            << "\n  differences (red over the faded actual): " << diff_path.toStdString();
  } else {
    failure << "\n  (could not write the actual and difference images under "
            << failure_folder.toStdString() << ")";
  }
  return failure;
}

::testing::AssertionResult matches_reference(const QImage& actual, const QString& name,
                                             const ImageTolerance& tolerance,
                                             const ReferenceFolders& folders) {
  const QString reference_path = QDir(folders.references).filePath(name + ".png");
  if (update_requested()) {
    QDir().mkpath(folders.references);
    if (!save_png(actual, reference_path)) {
      return ::testing::AssertionFailure()
             << "LUMIERE_UPDATE_REFERENCES=1: could not write " << reference_path.toStdString();
    }
    return ::testing::AssertionFailure()
           << "LUMIERE_UPDATE_REFERENCES=1: wrote the reference " << reference_path.toStdString()
           << "; look at it, then run the tests again without LUMIERE_UPDATE_REFERENCES";
  }
  const QImage expected(reference_path);
  if (expected.isNull()) {
    QDir().mkpath(folders.failures);
    const QString actual_path = QDir(folders.failures).filePath(name + ".actual.png");
    save_png(actual, actual_path);
    return ::testing::AssertionFailure()
           << "no reference image " << reference_path.toStdString() << " (actual written to "
           << actual_path.toStdString()
           << "); run the tests with LUMIERE_UPDATE_REFERENCES=1 to write it";
  }
  return matches_image(actual, expected, name, tolerance, folders.failures);
}

}  // namespace lumiere::test
