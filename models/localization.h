// Localization: picks the interface language (Chinese on a Chinese locale,
// English otherwise, or what the user chose) and installs the translators for
// Bangfu's own strings and for Qt's standard dialogs.
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

class Localization
{
public:
    /// Preference value meaning "follow the system locale".
    static inline const QString Auto = QStringLiteral("auto");

    /// "zh_CN" or "en" for a preference ("auto", "zh_CN", "en") and a system locale.
    static QString resolve(const QString &preference, const QLocale &system = QLocale::system());
    /// The languages offered, as codes.
    static QStringList available();

    Localization();
    ~Localization();

    /// Replaces any translators installed before with those for \a language.
    /// Returns false if the translation for a non-English language is missing.
    bool install(QCoreApplication *app, const QString &language);
    QString language() const { return m_language; }

private:
    void remove();

    QCoreApplication *m_app = nullptr;
    std::unique_ptr<QTranslator> m_bangfu;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
