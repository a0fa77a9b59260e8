#include "manualdeploymentsdialog.h"

#include "app/core/providermodule.h"
#include "app/session/consolebackend.h"
#include "inlinemessage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

namespace vpw::ui {

using session::ManualField;

namespace {

const char *labelText(ManualField field) {
    switch (field) {
    case ManualField::Name:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "Deployment &name:");
    case ManualField::Provider:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "Cloud &provider:");
    case ManualField::Region:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "&Region:");
    case ManualField::VpcId:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "Deployment &VPC ID:");
    case ManualField::Cidr:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "Deployment &CIDR block:");
    case ManualField::CloudAccountId:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "EMQX Cloud &account ID:");
    case ManualField::Edition:
        return QT_TRANSLATE_NOOP("vpw::ui::ManualDeploymentsDialog", "&Edition:");
    }
    return "";
}

} // namespace

ManualDeploymentsDialog::ManualDeploymentsDialog(session::ConsoleBackend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_list(new QListWidget(this))
    , m_status(new InlineMessage(this))
    , m_save(new QPushButton(tr("&Save deployment"), this))
    , m_remove(new QPushButton(tr("Re&move"), this)) {
    setObjectName(QStringLiteral("manualDeploymentsDialog"));
    setWindowTitle(tr("Deployments (EMQX Cloud console)"));
    m_list->setObjectName(QStringLiteral("deploymentList"));
    m_list->setAccessibleName(tr("Deployments"));
    m_save->setObjectName(QStringLiteral("saveDeploymentButton"));
    m_remove->setObjectName(QStringLiteral("removeDeploymentButton"));
    m_status->setObjectName(QStringLiteral("deploymentsStatus"));

    auto *grid = new QGridLayout;
    auto *intro = new QLabel(tr("Enter each deployment once, as EMQX Cloud's \"+ VPC peering\" "
                                "dialog shows it, or copy that dialog's text and choose "
                                "\"Paste from console\"."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 2);
    for (const ManualField field : session::manualFields()) {
        QWidget *editor = nullptr;
        if (field == ManualField::Provider || field == ManualField::Edition) {
            auto *combo = new QComboBox(this);
            if (field == ManualField::Provider) {
                for (const auto &[id, name] : session::manualProviderChoices())
                    combo->addItem(name, id);
            } else {
                for (const Edition e : {Edition::Dedicated, Edition::Shared, Edition::Trial})
                    combo->addItem(editionDisplayName(e), editionToString(e));
            }
            connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
                    &ManualDeploymentsDialog::check);
            editor = combo;
        } else {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::textChanged, this, &ManualDeploymentsDialog::check);
            editor = edit;
        }
        const QString key = session::manualFieldKey(field);
        editor->setObjectName(key + QStringLiteral("Field"));
        const QString text = tr(labelText(field));
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        // The visible label without its mnemonic and colon (a CJK label's "(&N)" included).
        QString name = text;
        name.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&|[:：]\\s*$")));
        editor->setAccessibleName(name.trimmed());
        auto *message = new InlineMessage(this);
        message->setObjectName(key + QStringLiteral("Message"));
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row, 1);
        grid->addWidget(message, row + 1, 1);
        m_fields.insert(field, editor);
        m_messages.insert(field, message);
    }

    auto *add = new QPushButton(tr("Ne&w"), this);
    auto *paste = new QPushButton(tr("Pas&te from console"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    paste->setObjectName(QStringLiteral("pasteButton"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {add, paste, m_save, m_remove, importButton, exportButton})
        actions->addWidget(b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *right = new QVBoxLayout;
    right->addLayout(grid);
    right->addWidget(m_status);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ManualDeploymentsDialog::showSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_editingId.clear();
        setInput({{ManualField::Edition, editionToString(Edition::Dedicated)}});
        m_fields.value(ManualField::Name)->setFocus();
    });
    connect(paste, &QPushButton::clicked, this,
            [this] { pasteText(QGuiApplication::clipboard()->text()); });
    connect(m_save, &QPushButton::clicked, this, &ManualDeploymentsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ManualDeploymentsDialog::removeSelected);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import deployments"), {},
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export deployments"), {},
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    fillList({});
    setInput({{ManualField::Edition, editionToString(Edition::Dedicated)}});
}

void ManualDeploymentsDialog::fillList(const QString &selectId) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Deployment &d : m_backend->deployments()) {
        auto *item = new QListWidgetItem(d.name + QStringLiteral(" (") +
                                             regionText(d.provider, d.region) + QLatin1Char(')'),
                                         m_list);
        item->setData(Qt::UserRole, d.id);
        if (d.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(!selectId.isEmpty());
}

void ManualDeploymentsDialog::showSelected() {
    QListWidgetItem *item = m_list->currentItem();
    m_editingId = item ? item->data(Qt::UserRole).toString() : QString();
    m_remove->setEnabled(!m_editingId.isEmpty());
    for (const Deployment &d : m_backend->deployments()) {
        if (d.id == m_editingId)
            setInput(session::manualInput(d));
    }
}

session::ManualInput ManualDeploymentsDialog::input() const {
    session::ManualInput result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            result.insert(it.key(), combo->currentData().toString());
        else
            result.insert(it.key(), static_cast<QLineEdit *>(it.value())->text());
    }
    return result;
}

void ManualDeploymentsDialog::setInput(const session::ManualInput &values) {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!values.contains(it.key()))
            continue;
        const QString value = values.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            int index = combo->findData(value);
            if (index < 0 && it.key() == ManualField::Provider)
                if (const Provider p = session::manualProvider(value))
                    index = combo->findData(p->id());
            if (index >= 0)
                combo->setCurrentIndex(index);
        } else {
            static_cast<QLineEdit *>(it.value())->setText(value);
        }
    }
    check();
}

int ManualDeploymentsDialog::pasteText(const QString &text) {
    const session::ManualInput found = session::parseConsoleText(text);
    setInput(found);
    if (found.isEmpty())
        m_status->showMessage(InlineMessage::Kind::Warning,
                              tr("No deployment values were found in the text. Copy the text "
                                 "of EMQX Cloud's \"+ VPC peering\" dialog and try again."));
    else
        m_status->showMessage(InlineMessage::Kind::Information,
                              tr("%n field(s) filled from the pasted text. Check them, then "
                                 "save.",
                                 nullptr, int(found.size())));
    return int(found.size());
}

void ManualDeploymentsDialog::check() {
    const session::ManualInput values = input();
    bool ok = true;
    for (const ManualField field : session::manualFields()) {
        const Verdict verdict = session::checkManualField(values, field);
        InlineMessage *message = m_messages.value(field);
        auto *edit = qobject_cast<QLineEdit *>(m_fields.value(field));
        if (verdict.isError() && !(edit && edit->text().isEmpty()))
            message->showMessage(InlineMessage::Kind::Error, verdict.message);
        else if (verdict.isWarning() || !verdict.message.isEmpty())
            message->showMessage(InlineMessage::Kind::Warning, verdict.message);
        else
            message->clear();
        ok = ok && verdict.acceptable();
    }
    m_save->setEnabled(ok);
}

void ManualDeploymentsDialog::save() {
    QList<session::ManualProblem> problems;
    QString id = m_editingId;
    if (id.isEmpty()) {
        const auto added = m_backend->add(input(), &problems);
        if (added)
            id = added->id;
    } else if (!m_backend->update(id, input(), &problems)) {
        id.clear();
    }
    if (id.isEmpty()) {
        const QString why = problems.isEmpty() ? m_backend->lastWriteError()
                                               : problems.constFirst().verdict.message;
        m_status->showMessage(InlineMessage::Kind::Error, why);
        return;
    }
    m_editingId = id;
    fillList(id);
    m_status->showMessage(InlineMessage::Kind::Information, tr("Deployment saved."));
}

void ManualDeploymentsDialog::removeSelected() {
    if (m_editingId.isEmpty() || !m_backend->remove(m_editingId))
        return;
    m_editingId.clear();
    fillList({});
    m_status->showMessage(InlineMessage::Kind::Information, tr("Deployment removed."));
}

int ManualDeploymentsDialog::importFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->showMessage(InlineMessage::Kind::Error,
                              tr("The file cannot be read: %1").arg(file.errorString()));
        return -1;
    }
    session::ManualImportError error;
    const int count = m_backend->importJson(file.readAll(), &error);
    if (count < 0) {
        m_status->showMessage(InlineMessage::Kind::Error,
                              error.line > 0 ? tr("Line %1: %2").arg(error.line).arg(error.message)
                                             : error.message);
        return -1;
    }
    fillList(m_editingId);
    m_status->showMessage(InlineMessage::Kind::Information,
                          tr("%n deployment(s) imported.", nullptr, count));
    return count;
}

bool ManualDeploymentsDialog::exportFile(const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_backend->exportJson()) < 0 ||
        !file.commit()) {
        m_status->showMessage(InlineMessage::Kind::Error,
                              tr("The file cannot be written: %1").arg(file.errorString()));
        return false;
    }
    m_status->showMessage(InlineMessage::Kind::Information, tr("Deployments exported."));
    return true;
}

} // namespace vpw::ui
