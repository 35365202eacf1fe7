#include <QTest>
class TestDatabase : public QObject { Q_OBJECT private slots: void t() {} };
QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
