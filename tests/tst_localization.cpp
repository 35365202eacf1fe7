// Language choice: Chinese on a Chinese locale, English otherwise, or the
// user's explicit choice; and the embedded zh_CN translation really loads.
#include "localization.h"

#include <QCoreApplication>
#include <QTest>

class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void installsChineseAndBack();
};

void TestLocalization::resolve_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("auto, mainland") << QStringLiteral("auto") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("auto, Taiwan") << QStringLiteral("auto") << QStringLiteral("zh_TW") << QStringLiteral("zh_CN");
    QTest::newRow("auto, US") << QStringLiteral("auto") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("auto, German") << QStringLiteral("auto") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("empty, mainland") << QString() << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("english on zh") << QStringLiteral("en") << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("chinese on en") << QStringLiteral("zh_CN") << QStringLiteral("en_GB") << QStringLiteral("zh_CN");
    QTest::newRow("unknown code") << QStringLiteral("fr") << QStringLiteral("en_GB") << QStringLiteral("en");
}

void TestLocalization::resolve()
{
    QFETCH(QString, preference);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Localization::resolve(preference, QLocale(locale)), expected);
}

void TestLocalization::installsChineseAndBack()
{
    const char *source = "Households";
    Localization localization;
    QVERIFY(localization.install(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("Statistics", source), QStringLiteral("家庭户"));
    QVERIFY(localization.install(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Statistics", source), QLatin1String(source));
}

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
