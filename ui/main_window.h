// The LeakyLab main window.
#pragma once

#include <QMainWindow>

namespace leakylab {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace leakylab
