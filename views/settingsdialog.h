// SettingsDialog: the user's preferences for this installation. For now the
// interface language (follow the system, Chinese or English); the caller
// saves and applies what was chosen.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class SettingsDialog;
}

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// "auto", "zh_CN" or "en"; an unknown value selects "auto".
    void setLanguagePreference(const QString &preference);
    QString languagePreference() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
