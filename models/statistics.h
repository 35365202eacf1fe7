// Statistics: how many rows each kind of record has, for `bangfu-cli stats`
// and the About box.
#pragma once

#include "error.h"

#include <QList>
#include <QString>

class Database;

struct EntityCount
{
    QString entity;  ///< Table name, stable for scripts (JSON keys).
    QString label;   ///< Translated plural noun for people.
    qint64 count = 0;
};

namespace Statistics {

/// Row counts of every domain table, in a fixed order.
Result<QList<EntityCount>> countEntities(const Database &db);

} // namespace Statistics
