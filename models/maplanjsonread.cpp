// MaPlanJson::read: the plan file as a whole — encoding, JSON syntax, format
// and version, each plan read key by key (maplanjsonplan.cpp), then the
// plan's own rules (MaPlan::problems()) reported at their paths except where
// a problem only repeats one already reported there, and plans repeated in
// the file.
#include "maplanjson.h"
#include "maplanjsonkeys.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace {

using Field = MaPlanSpot::Field;
using Part = MaPlanSpot::Part;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaPlanJson)
};

// Whether one path lies within the other ("plans[0].bands" and
// "plans[0].bands[1].ratio"): a rule problem there repeats a reading problem.
bool overlaps(const QString &a, const QString &b)
{
    const auto within = [](const QString &inner, const QString &outer) {
        return inner == outer || inner.startsWith(outer + QLatin1Char('.')) ||
               inner.startsWith(outer + QLatin1Char('['));
    };
    return within(a, b) || within(b, a);
}

void checkRules(int index, const MaPlan &plan, const QStringList &reported, QList<Error> &problems)
{
    for (const Error &problem : plan.problems()) {
        const QString p = MaPlanJson::path(index, MaPlanFields::locate(plan, problem));
        if (std::none_of(reported.begin(), reported.end(),
                         [&](const QString &r) { return overlaps(p, r); }))
            problems.append({problem.message, p});
    }
}

// The same plan (year and name) or id twice in one file.
void checkRepeats(const QList<MaPlan> &plans, QList<Error> &problems)
{
    for (int j = 0; j < plans.size(); ++j) {
        for (int i = 0; i < j; ++i) {
            const MaPlan &a = plans.at(i);
            const MaPlan &b = plans.at(j);
            if (a.year == b.year && !b.name.isEmpty() && a.name == b.name)
                problems.append({Text::tr("The file has a plan of %1 with this name already "
                                          "(plans[%2]).")
                                     .arg(b.year)
                                     .arg(i),
                                 MaPlanJson::path(j, {Field::Name})});
            if (!b.id.isEmpty() && a.id == b.id)
                problems.append({Text::tr("The file has a plan with this id already (plans[%1]); "
                                          "delete the id of a copied plan.")
                                     .arg(i),
                                 MaPlanJson::path(j, {}) + QStringLiteral(".id")});
        }
    }
}

Error syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return {Text::tr("This is not valid JSON: %1. Look for a missing comma, quote or bracket "
                     "here or just before.")
                .arg(error.errorString()),
            Text::tr("line %1, column %2").arg(line).arg(column)};
}

} // namespace

namespace MaPlanJson {

Contents read(const QByteArray &bytes)
{
    Contents contents;
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8.decode(json));
    if (utf8.hasError()) {
        contents.problems.append({Text::tr("The file is not UTF-8 text. Save it as UTF-8 (in "
                                           "Notepad: Save as, Encoding UTF-8).")});
        return contents;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        contents.problems.append(syntaxError(json, parseError));
        return contents;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(MaPlanJsonKeys::Format).toString() != FormatName) {
        contents.problems.append(
            {Text::tr("This is not a Bangfu plan file: it needs \"%1\": \"%2\".")
                 .arg(MaPlanJsonKeys::Format, FormatName),
             MaPlanJsonKeys::Format});
        return contents;
    }
    const QJsonValue version = root.value(MaPlanJsonKeys::Version);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) ||
        version.toInt() < 1) {
        contents.problems.append(
            {Text::tr("Write the format version as a whole number, e.g. %1.").arg(FormatVersion),
             MaPlanJsonKeys::Version});
        return contents;
    }
    if (version.toInt() > FormatVersion) {
        contents.problems.append({Text::tr("The file has format version %1, written by a newer "
                                           "Bangfu; this one reads version %2. Update Bangfu.")
                                      .arg(version.toInt())
                                      .arg(FormatVersion),
                                  MaPlanJsonKeys::Version});
        return contents;
    }
    for (const QString &key : root.keys()) {
        if (key != MaPlanJsonKeys::Format && key != MaPlanJsonKeys::Version &&
            key != MaPlanJsonKeys::Plans)
            contents.problems.append({Text::tr("Unknown key (misspelt?); the keys are listed in "
                                               "docs/mutual-aid-plans.md."),
                                      key});
    }
    const QJsonValue plans = root.value(MaPlanJsonKeys::Plans);
    if (!plans.isArray() || plans.toArray().isEmpty()) {
        contents.problems.append({Text::tr("Write the plans as a list in square brackets: "
                                           "\"plans\": [ { ... } ]."),
                                  MaPlanJsonKeys::Plans});
        return contents;
    }
    const QJsonArray array = plans.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            contents.problems.append(
                {Text::tr("Write each plan in braces: { ... }."), path(i, {})});
            contents.plans.append(MaPlan()); // keeps the numbering
            continue;
        }
        QStringList reported;
        const MaPlan plan =
            MaPlanJsonKeys::readPlan(i, array.at(i).toObject(), contents.problems, reported);
        checkRules(i, plan, reported, contents.problems);
        contents.plans.append(plan);
    }
    checkRepeats(contents.plans, contents.problems);
    return contents;
}

Contents readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.problems.append(
            {Text::tr("Cannot read the file: %1").arg(file.errorString()), path});
        return contents;
    }
    return read(file.readAll());
}

} // namespace MaPlanJson
