#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace vpw::ui {

// "Show required policy…": the least-privilege RAM (Alibaba Cloud) or IAM (Huawei Cloud) policy
// the provider account needs, read-only, with where to paste it and a Copy button that says
// "Copied ✓" for a moment (in its text, so screen readers and colour-blind users get it too).
// The policy text comes from the session layer (ProviderAccountTest::requiredPolicy()).
class PolicyDialog : public QDialog {
    Q_OBJECT

public:
    PolicyDialog(const QString &provider, QWidget *parent = nullptr);

    QString policyText() const;

private:
    void copy();

    QLabel *m_hint;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QTimer *m_copiedTimer;
};

} // namespace vpw::ui
