#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString Localization::resolve(const QString &preference, const QLocale &system)
{
    if (available().contains(preference))
        return preference;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList Localization::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

Localization::Localization() = default;

Localization::~Localization()
{
    remove();
}

void Localization::remove()
{
    if (m_app) {
        if (m_bangfu)
            m_app->removeTranslator(m_bangfu.get());
        if (m_qt)
            m_app->removeTranslator(m_qt.get());
    }
    m_bangfu.reset();
    m_qt.reset();
}

bool Localization::install(QCoreApplication *app, const QString &language)
{
    remove();
    m_app = app;
    m_language = language;
    // The English source text needs no translator; bangfu_en only adds plurals.
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/bangfu_%1.qm").arg(language));
    if (loaded) {
        app->installTranslator(own.get());
        m_bangfu = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return loaded || language == QStringLiteral("en");
}
