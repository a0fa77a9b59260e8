#include "mainwindow.h"

namespace vpw::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("VPC Peering Wizard"));
}

} // namespace vpw::ui
