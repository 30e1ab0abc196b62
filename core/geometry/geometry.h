#pragma once
// Plain geometric value types shared by the whole core: a point and an axis-aligned box, in
// whatever coordinates the caller says (map metres unless stated otherwise).
#include <algorithm>
#include <limits>

namespace lumiere::core {

struct Point {
  double x = 0;
  double y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

struct Box {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  bool empty() const { return min_x > max_x || min_y > max_y; }
  double width() const { return empty() ? 0 : max_x - min_x; }
  double height() const { return empty() ? 0 : max_y - min_y; }
  Point center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  void expand(Point p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  void expand(const Box& b) {
    if (b.empty()) return;
    expand(Point{b.min_x, b.min_y});
    expand(Point{b.max_x, b.max_y});
  }
  bool contains(Point p) const {
    return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
  }
  bool intersects(const Box& b) const {
    return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
  }
  friend bool operator==(const Box&, const Box&) = default;
};

}  // namespace lumiere::core
