// The LeakyLab main window: the activation plot in the centre, panels docked around it.
#include "ui/main_window.h"

#include <qcustomplot.h>

namespace leakylab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("LeakyLab"));
    auto* plot = new QCustomPlot(this);
    setCentralWidget(plot);
    resize(1280, 800);
}

} // namespace leakylab
