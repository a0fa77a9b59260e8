// The startup benchmark's baseline (docs/performance.md): a bare Qt QWizard with one
// QLineEdit, started the way vpc-peering-wizard starts (QApplication, show, exec), with the
// same probe.
#include "tools/startupprobe.h"

#include <QApplication>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    vpw::installStartupProbe(app);
    QWizard wizard;
    auto *page = new QWizardPage;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLineEdit(page));
    wizard.addPage(page);
    wizard.show();
    return QApplication::exec();
}
