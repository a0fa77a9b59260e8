#pragma once

#include <QMainWindow>

namespace vpw::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace vpw::ui
