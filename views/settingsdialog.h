// SettingsDialog: the user's preferences for this installation: the
// interface language (follow the system, Chinese or English) and the idle
// time before the screen locks. The caller saves and applies what was chosen.
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
    /// Minutes without use before the screen locks (1-60), the office's policy.
    void setLockMinutes(int minutes);
    /// Only administrators change the lock time; others see it.
    void setLockEditable(bool editable);
    int lockMinutes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
