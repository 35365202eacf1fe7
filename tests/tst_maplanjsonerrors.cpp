// Every kind of mistake in a plan file, each reported once at its JSON path
// with a message that says how to write it.
#include "maplanjson.h"
#include "payouttestdata.h"

#include <functional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PayoutTestData;

namespace {

using Edit = std::function<void(QJsonObject &root)>;

/// \a change applied to the key \a key of plan \a plan.
void setIn(QJsonObject &root, int plan, const QString &key, const QJsonValue &value)
{
    QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    QJsonObject p = plans.at(plan).toObject();
    if (value.isUndefined())
        p.remove(key);
    else
        p.insert(key, value);
    plans.replace(plan, p);
    root.insert(QStringLiteral("plans"), plans);
}

/// Sets \a key of entry \a row of the list \a list ("bands") of plan 0.
void setInRow(QJsonObject &root, const QString &list, int row, const QString &key,
              const QJsonValue &value)
{
    QJsonArray rows =
        root.value(QStringLiteral("plans")).toArray().at(0).toObject().value(list).toArray();
    QJsonObject r = rows.at(row).toObject();
    r.insert(key, value);
    rows.replace(row, r);
    setIn(root, 0, list, rows);
}

Edit plan(const char *key, const QJsonValue &value)
{
    return [key, value](QJsonObject &root) { setIn(root, 0, QLatin1String(key), value); };
}

Edit band(int row, const char *key, const QJsonValue &value)
{
    return [row, key, value](QJsonObject &root) {
        setInRow(root, QStringLiteral("bands"), row, QLatin1String(key), value);
    };
}

Edit both(Edit a, Edit b)
{
    return [a, b](QJsonObject &root) {
        a(root);
        b(root);
    };
}

QJsonArray twoDiseases()
{
    return {QJsonObject{{QStringLiteral("code"), QStringLiteral("C01")},
                        {QStringLiteral("name"), QStringLiteral("恶性肿瘤")},
                        {QStringLiteral("lump_sum_yuan"), QStringLiteral("20,000")}},
            QJsonObject{{QStringLiteral("code"), QStringLiteral("C02")},
                        {QStringLiteral("name"), QStringLiteral("急性心肌梗塞")},
                        {QStringLiteral("lump_sum_yuan"), QStringLiteral("15000")}}};
}

/// A listed-disease product with two diseases.
Edit listedDiseases()
{
    return both(
        both(plan("product", QStringLiteral("listed_disease")), plan("bands", QJsonArray())),
        plan("listed_diseases", twoDiseases()));
}

Edit disease(int row, const char *key, const QJsonValue &value)
{
    return both(listedDiseases(), [row, key, value](QJsonObject &root) {
        setInRow(root, QStringLiteral("listed_diseases"), row, QLatin1String(key), value);
    });
}

Edit secondPlan(const QJsonValue &id, const QString &name)
{
    return [id, name](QJsonObject &root) {
        QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
        QJsonObject copy = plans.at(0).toObject();
        copy.insert(QStringLiteral("id"), id);
        copy.insert(QStringLiteral("name"), name);
        plans.append(copy);
        root.insert(QStringLiteral("plans"), plans);
    };
}

const QJsonValue Missing = QJsonValue(QJsonValue::Undefined);

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestMaPlanJsonErrors : public QObject
{
    Q_OBJECT

private slots:
    void mistakes_data();
    void mistakes();
};

void TestMaPlanJsonErrors::mistakes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("count");
    const auto row = [](const char *name, Edit edit, const char *where, const char *fragment,
                        int count = 1) {
        QTest::newRow(name) << edit << QString::fromUtf8(where) << QString::fromUtf8(fragment)
                            << count;
    };
    row(
        "newer version", [](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); }, "version",
        "newer Bangfu");
    row(
        "version as text",
        [](QJsonObject &r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); }, "version",
        "whole number");
    row(
        "unknown top-level key", [](QJsonObject &r) { r.insert(QStringLiteral("comment"), 1); },
        "comment", "Unknown key");
    row(
        "no plans", [](QJsonObject &r) { r.insert(QStringLiteral("plans"), QJsonArray()); },
        "plans", "square brackets");
    row(
        "plan not an object",
        [](QJsonObject &r) { r.insert(QStringLiteral("plans"), QJsonArray{3}); }, "plans[0]",
        "braces");
    row("misspelt key", plan("contribution", QStringLiteral("50")), "plans[0].contribution",
        "Unknown key");
    row("year missing", plan("year", Missing), "plans[0].year", "required");
    row("year as text", plan("year", QStringLiteral("2014")), "plans[0].year", "whole number");
    row("year 1999", plan("year", 1999), "plans[0].year", "between 2000 and 2100");
    row("name empty", plan("name", QStringLiteral("  ")), "plans[0].name", "needs a name");
    row("product unknown", plan("product", QStringLiteral("outpatient")), "plans[0].product",
        "inpatient, listed_disease, women");
    row("amount as a number", plan("contribution_yuan", 50), "plans[0].contribution_yuan",
        "in double quotes");
    row("amount with words", plan("contribution_yuan", QStringLiteral("50元")),
        "plans[0].contribution_yuan", "Not an amount");
    row("amount with three decimals", plan("cap_claim_yuan", QStringLiteral("1.005")),
        "plans[0].cap_claim_yuan", "decimal");
    row("negative amount", plan("min_payout_yuan", QStringLiteral("-50")),
        "plans[0].min_payout_yuan", "negative");
    row("date with slashes", plan("term_end", QStringLiteral("2014/12/31")), "plans[0].term_end",
        "YYYY-MM-DD");
    row("no such day", plan("term_end", QStringLiteral("2014-02-30")), "plans[0].term_end",
        "YYYY-MM-DD");
    row("term ends before it starts", plan("term_end", QStringLiteral("2013-12-31")),
        "plans[0].term_end", "ends before it starts");
    row("enrolment window without an end", plan("enrol_from", QStringLiteral("2013-11-01")),
        "plans[0].enrol_to", "both");
    row("negative waiting period", plan("waiting_days", -30), "plans[0].waiting_days",
        "whole number");
    row("fractional days", plan("deadline_days", 30.5), "plans[0].deadline_days", "whole number");
    row("band mode unknown", plan("band_mode", QStringLiteral("progressive")), "plans[0].band_mode",
        "marginal, whole");
    row("rule unknown", plan("min_payout_rule", QStringLiteral("round")),
        "plans[0].min_payout_rule", "raise, withhold");
    row("ratio without %", band(0, "ratio", QStringLiteral("30")), "plans[0].bands[0].ratio",
        "\"30%\"");
    row("ratio as a number", band(0, "ratio", 30), "plans[0].bands[0].ratio", "double quotes");
    row("ratio too precise", band(1, "ratio", QStringLiteral("35.25%")), "plans[0].bands[1].ratio",
        "one decimal");
    row("ratio above 100%", band(2, "ratio", QStringLiteral("140%")), "plans[0].bands[2].ratio",
        "between 0% and 100%");
    row("gap between bands", band(2, "lower_yuan", QStringLiteral("12,000")),
        "plans[0].bands[2].lower_yuan", "where band 2 ends");
    row("first band above zero", band(0, "lower_yuan", QStringLiteral("100")),
        "plans[0].bands[0].lower_yuan", "first band");
    row("open band in the middle", band(1, "upper_yuan", QJsonValue::Null),
        "plans[0].bands[1].upper_yuan", "Only the last band");
    // Also: the last band must be open-ended.
    row("band ends where it starts", band(4, "upper_yuan", QStringLiteral("30,000")),
        "plans[0].bands[4].upper_yuan", "end above", 2);
    row("band lower missing", band(3, "lower_yuan", QJsonValue::Null),
        "plans[0].bands[3].lower_yuan", "required");
    row("misspelt band key", band(1, "percent", QStringLiteral("35%")), "plans[0].bands[1].percent",
        "Unknown key");
    row("bands not a list", plan("bands", QStringLiteral("30%")), "plans[0].bands",
        "square brackets");
    row("inpatient with diseases", plan("listed_diseases", twoDiseases()),
        "plans[0].listed_diseases", "lists no diseases");
    row("listed disease with bands",
        both(listedDiseases(),
             plan("bands",
                  QJsonArray{QJsonObject{{QStringLiteral("lower_yuan"), QStringLiteral("0")},
                                         {QStringLiteral("ratio"), QStringLiteral("30%")}}})),
        "plans[0].bands", "no bands");
    row("disease code twice", disease(1, "code", QStringLiteral("C01")),
        "plans[0].listed_diseases[1].code", "listed twice");
    row("disease without name", disease(0, "name", QJsonValue::Null),
        "plans[0].listed_diseases[0].name", "required");
    row("lump sum as a number", disease(1, "lump_sum_yuan", 15000),
        "plans[0].listed_diseases[1].lump_sum_yuan", "double quotes");
    row("deadline both ways",
        both(plan("deadline_days", 90), plan("deadline_date", QStringLiteral("2015-03-31"))),
        "plans[0].deadline_date", "not both");
    row("minimum above the claim cap", plan("cap_claim_yuan", QStringLiteral("20")),
        "plans[0].min_payout_yuan", "more than the cap per claim");
    row("documents not a list", plan("required_documents", QStringLiteral("id_card")),
        "plans[0].required_documents", "square brackets");
    row("document not text", plan("required_documents", QJsonArray{QStringLiteral("id_card"), 7}),
        "plans[0].required_documents[1]", "double quotes");
    row("document twice",
        plan("required_documents",
             QJsonArray{QStringLiteral("invoice"), QStringLiteral("invoice")}),
        "plans[0].required_documents", "listed twice");
    row("id not a UUID", plan("id", QStringLiteral("yueyang-2014")), "plans[0].id",
        "null for a new plan");
    row("same plan twice", secondPlan(QJsonValue::Null, QStringLiteral("岳阳市职工医疗互助 2014")),
        "plans[1].name", "already");
    row("same id twice",
        secondPlan(QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae"),
                   QStringLiteral("岳阳 2014 副本")),
        "plans[1].id", "delete the id");
}

void TestMaPlanJsonErrors::mistakes()
{
    QFETCH(Edit, edit);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    QFETCH(int, count);
    MaPlan yueyang = yueyangPlan();
    yueyang.id = QStringLiteral("a96edab0-0f6c-426c-bc6c-163b2a3779ae");
    QJsonObject root = QJsonDocument::fromJson(MaPlanJson::write({yueyang})).object();
    QVERIFY(!root.isEmpty());
    edit(root);
    const MaPlanJson::Contents c = MaPlanJson::read(QJsonDocument(root).toJson());
    QStringList all;
    for (const Error &e : c.problems)
        all.append(e.toString());
    // Reported once, at its path; the plans are not to be used.
    QVERIFY2(c.problems.size() == count, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(c.problems.constFirst().where, where);
    QVERIFY2(c.problems.constFirst().message.contains(fragment), qPrintable(all.constFirst()));
}

QTEST_GUILESS_MAIN(TestMaPlanJsonErrors)
#include "tst_maplanjsonerrors.moc"
