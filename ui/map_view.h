#pragma once
// A first map view: shows the layers it is given, France whole with the DROM insets. It renders
// on a worker thread (QtConcurrent) whenever its size or layers change and only paints the last
// finished image. Lives on the GUI thread. The interactive canvas replaces it with the
// cartography engine.
#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include "maps/map_renderer.h"

namespace lumiere::ui {

class MapView : public QWidget {
  Q_OBJECT

 public:
  explicit MapView(QWidget* parent = nullptr);
  ~MapView() override;

  void set_layers(std::vector<maps::RenderLayer> layers);
  const QImage& frame() const { return frame_; }
  // True while a frame is rendering or another is queued behind it.
  bool busy() const { return watcher_.isRunning() || pending_; }

 signals:
  void frame_ready();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void request_frame();

  maps::RenderRequest request_;
  QImage frame_;
  QFutureWatcher<QImage> watcher_;
  bool pending_ = false;
};

}  // namespace lumiere::ui
