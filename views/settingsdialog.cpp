#include "settingsdialog.h"

#include "localization.h"
#include "ui_settingsdialog.h"

#include <QEvent>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    fillLanguages();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = languagePreference();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("Follow system"), Localization::Auto);
    // Each language is named in itself, so that someone who cannot read the
    // current interface language still finds their own.
    for (const QString &code : Localization::available()) {
        const QString name = code == QLatin1String("zh_CN") ? QStringLiteral("中文")
                             : code == QLatin1String("en")  ? QStringLiteral("English")
                                                            : QLocale(code).nativeLanguageName();
        m_ui->languageCombo->addItem(name, code);
    }
    setLanguagePreference(current);
}

void SettingsDialog::setLanguagePreference(const QString &preference)
{
    const int index = m_ui->languageCombo->findData(preference);
    m_ui->languageCombo->setCurrentIndex(index >= 0 ? index : 0);
}

QString SettingsDialog::languagePreference() const
{
    const QString value = m_ui->languageCombo->currentData().toString();
    return value.isEmpty() ? Localization::Auto : value;
}

void SettingsDialog::setLockMinutes(int minutes)
{
    m_ui->lockSpin->setValue(minutes);
}

void SettingsDialog::setLockEditable(bool editable)
{
    m_ui->lockSpin->setEnabled(editable);
    m_ui->lockSpin->setToolTip(editable ? QString()
                                        : tr("Set by an administrator for the whole office."));
}

int SettingsDialog::lockMinutes() const
{
    return m_ui->lockSpin->value();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}
