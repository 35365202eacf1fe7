// The keys of the plan file (docs/mutual-aid-plans.md), shared by its reader,
// its writer and MaPlanJson::path(), and the reader of one plan. Internal to
// models/.
#pragma once

#include "maplanfields.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace MaPlanJsonKeys {

inline const QString Format = QStringLiteral("format");
inline const QString Version = QStringLiteral("version");
inline const QString Plans = QStringLiteral("plans");
inline const QString Id = QStringLiteral("id");

/// The key of a plan field ("contribution_yuan"); empty for Unknown.
QString key(MaPlanSpot::Field field);
/// The key of a part of a band or listed disease ("ratio"); empty for Whole.
QString key(MaPlanSpot::Part part);

/// The keys of a plan in file order, starting with "id".
QStringList planKeys();
QStringList bandKeys();
QStringList diseaseKeys();

/// Reads the plan object at \a index of the file (maplanjsonplan.cpp),
/// appending problems with their paths; \a reported receives those paths.
MaPlan readPlan(int index, const QJsonObject &object, QList<Error> &problems,
                QStringList &reported);

} // namespace MaPlanJsonKeys
