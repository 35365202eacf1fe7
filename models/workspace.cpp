#include "workspace.h"

#include "devices.h"
#include "divisions.h"

#include <QSqlQuery>

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    // Every database needs the reference divisions: households refer to them.
    QSqlQuery q(db.value()->sql());
    if (q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM divisions)")) && q.next() &&
        q.value(0).toBool()) {
        if (Status s = Divisions::load(*db.value()); !s)
            return s.error();
    }
    auto device = Devices::ensureSelf(db.value()->sql());
    if (!device)
        return device.error();
    return std::make_unique<Workspace>(std::move(db).value(), device.value());
}

Workspace::Workspace(std::unique_ptr<Database> database, QString deviceId)
    : m_database(std::move(database)), m_deviceId(std::move(deviceId))
{
}

Workspace::~Workspace() = default;

const Pinyin &Workspace::pinyin() const
{
    if (!m_pinyin)
        m_pinyin = std::make_unique<Pinyin>();
    return *m_pinyin;
}
