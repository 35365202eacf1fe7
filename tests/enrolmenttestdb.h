// A demo district for the enrolment dialogs' tests: generated once per test
// program (40 households, the demo's plan years 2024–2026 with their
// enrolments), then copied afresh for each test function, so that no test
// sees another's writes. The caseworker liming signs in with the demo password.
#pragma once

#include "accounts.h"
#include "demodata.h"
#include "idnumber.h"
#include "workspace.h"

#include <memory>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class EnrolmentTestDb
{
public:
    /// The demo's "now": its newest plan is that of 2026.
    static QDate demoToday() { return QDate(2026, 11, 29); }

    /// Generates the demo once; check with QVERIFY.
    bool prepare()
    {
        if (!m_dir.isValid())
            return false;
        auto ws = Workspace::open(templatePath());
        if (!ws)
            return false;
        const Status s = DemoData::generate(ws.value()->database(), ws.value()->pinyin(),
                                            DemoOptions{7, 40, demoToday()});
        if (!s)
            qWarning("%s", qPrintable(s.error().toString()));
        return s.ok();
    }

    /// A fresh copy of the demo with \a username signed in (nobody when empty).
    std::unique_ptr<Workspace> open(const QString &username = QStringLiteral("liming"))
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copies));
        if (!QFile::copy(templatePath(), path))
            return nullptr;
        auto ws = Workspace::open(path);
        if (!ws)
            return nullptr;
        if (!username.isEmpty()) {
            auto user = Accounts::signIn(ws.value()->sql(), ws.value()->deviceId(), username,
                                         DemoData::password());
            if (!user) {
                qWarning("%s", qPrintable(user.error().toString()));
                return nullptr;
            }
            ws.value()->setUser(user.value());
        }
        return std::move(ws).value();
    }

    /// The id of the demo's plan of \a year.
    static QString planOf(const QSqlDatabase &db, int year)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM ma_plans WHERE year = ? ORDER BY name LIMIT 1"));
        q.addBindValue(year);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    /// Rows of \a table (a fixed name from the test).
    static int count(const QSqlDatabase &db, const char *table)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    /// A valid ID number from its first 17 digits.
    static QString idNumber(const QString &first17)
    {
        return first17 + IdNumber::checkCharacter(first17);
    }

private:
    QString templatePath() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }

    QTemporaryDir m_dir;
    int m_copies = 0;
};
