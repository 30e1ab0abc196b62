#pragma once
// The names written in the DROM insets of a map: in the user's language ("Guyane" in French,
// "French Guiana" in English), laid out once per frame so that the renderer draws them where the
// label engine was told they stand (they are obstacles: no commune label is placed over them),
// and so that a territory label repeating its inset's title ("Guadeloupe" in the Guadeloupe
// inset) is not written a second time.
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <vector>

#include "core/geometry/map_space.h"

namespace lumiere::maps {

class ViewTransform;

// The inset's title in the language in use (tr() of context "MapRenderer"); empty for the
// metropole.
QString inset_title(core::Zone zone);

// Whether a label `text` of a feature of `zone` only repeats that zone's inset title: the same
// words, in the language in use or as the COG writes them ("La Réunion" under the English title
// "Réunion", "Guyane" under "French Guiana"), case and accents aside.
bool repeats_inset_title(const QString& text, core::Zone zone);

struct InsetTitle {
  core::Zone zone = core::Zone::Guadeloupe;
  QString text;
  QRectF frame;      // the inset's frame, device pixels
  QPointF baseline;  // where the title's text starts
  QRectF rect;       // the title's box (advance × ascent + descent), device pixels
  QFont font;        // pixel size set
};

// The titles of the visible insets whose frame meets the output: one font size for all (11 px at
// 96 dpi, smaller when a frame is too narrow for the longest title, never under 5 px), each at
// the top-left corner of its frame.
std::vector<InsetTitle> layout_inset_titles(const core::MapSpace& space, const ViewTransform& view,
                                            QSize output, double dpi_scale, const QFont& base);

}  // namespace lumiere::maps
