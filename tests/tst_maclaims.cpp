// Draft claims: create, load and save round trips (the invoice table saved as
// a whole), every check of a claim and an invoice, attachments with their
// SHA-256, duplicate invoices found across claims, the claims list and filter.
#include "maclaimattachments.h"
#include "maclaimduplicates.h"
#include "maclaimlistmodel.h"
#include "mutualaidfixture.h"

#include <QTest>

class TestMaClaims : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void createAndLoad();
    void checks_data();
    void checks();
    void saveReplacesTheInvoiceTable();
    void onlyDraftsChange();
    void attachmentsRoundTrip();
    void attachmentRefusals_data();
    void attachmentRefusals();
    void duplicatesAcrossClaims();
    void removeDraft();
    void listModelAndFilter_data();
    void listModelAndFilter();

private:
    Status save(const QString &id, const MaClaimInput &input);
    Result<QString> attach(const QString &claimId, const QString &invoiceId,
                           const MaClaimFile &file);

    std::unique_ptr<MutualAidFixture> m_f;
    QString m_enrolment;
};

void TestMaClaims::init()
{
    m_f = std::make_unique<MutualAidFixture>();
    QVERIFY(m_f->ok());
    m_enrolment = m_f->enrol(QStringLiteral("王建军"), QStringLiteral("371312198506120310"));
    QVERIFY(!m_enrolment.isEmpty());
}

Status TestMaClaims::save(const QString &id, const MaClaimInput &input)
{
    return m_f->write(
        m_f->caseworker, [&](AuditedWriter &w) { return MaClaims::save(w, id, input); },
        MutualAidFixture::at(QDate(2026, 6, 13)));
}

Result<QString> TestMaClaims::attach(const QString &claimId, const QString &invoiceId,
                                     const MaClaimFile &file)
{
    Result<QString> id = Error{QString()};
    const Status s = m_f->write(
        m_f->caseworker,
        [&](AuditedWriter &w) -> Status {
            id = MaClaimAttachments::add(w, claimId, invoiceId, file);
            return id ? Status() : Status(id.error());
        },
        MutualAidFixture::at(QDate(2026, 6, 13)));
    return s ? id : Result<QString>(s.error());
}

void TestMaClaims::createAndLoad()
{
    MaClaimInput input = MutualAidFixture::claim(m_enrolment, {123456, 2000});
    input.hospital = QStringLiteral("  临沂市  人民医院 ");
    input.invoices[0].number = QStringLiteral(" no 1000 ");
    input.invoices[1].hospital = QStringLiteral("临沂市中医医院");
    const QString id = m_f->create(input, m_f->caseworker);
    QVERIFY(!id.isEmpty());
    auto claim = MaClaims::load(m_f->sql(), id);
    QVERIFY2(claim, claim ? "" : qPrintable(claim.error().toString()));
    QCOMPARE(claim->status, MaClaimStatus::Draft);
    QVERIFY(claim->claimNo.isEmpty());
    QCOMPARE(claim->personName, QStringLiteral("王建军"));
    QCOMPARE(claim->planYear, 2026);
    QCOMPARE(claim->input.hospital, QStringLiteral("临沂市 人民医院"));
    QCOMPARE(claim->input.admittedOn, QDate(2026, 6, 1));
    QCOMPARE(claim->input.dischargedOn, QDate(2026, 6, 10));
    QCOMPARE(claim->input.diagnosis, QStringLiteral("肺炎"));
    QCOMPARE(claim->input.invoices.size(), 2);
    QCOMPARE(claim->input.invoices[0].number, QStringLiteral("NO1000"));
    QCOMPARE(claim->input.invoices[0].hospital, QStringLiteral("临沂市 人民医院"));
    QCOMPARE(claim->input.invoices[1].hospital, QStringLiteral("临沂市中医医院"));
    QCOMPARE(claim->personalShare(), Money::fromFen(125456));
    QCOMPARE(claim->total(), Money::fromFen(250912));
    QCOMPARE(claim->createdBy, m_f->caseworker.id);
    QCOMPARE(claim->createdByName, QStringLiteral("李明"));
    QVERIFY(!claim->computedPayout);
    // A claim and one insert per invoice, all by the caseworker.
    QCOMPARE(
        m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert' AND "
                                   "entity IN ('ma_claims', 'ma_invoices') AND user_id = ?"),
                    {m_f->caseworker.id})
            .toInt(),
        3);
}

void TestMaClaims::checks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("no enrolment") << "enrolment"
                                  << "Member"
                                  << "Choose the enrolment";
    QTest::newRow("no hospital") << "hospital"
                                 << "Hospital"
                                 << "Enter the hospital.";
    QTest::newRow("no admission") << "admitted"
                                  << "Admitted"
                                  << "Enter the day of admission.";
    QTest::newRow("discharge before admission") << "order"
                                                << "Discharged"
                                                << "cannot be before";
    QTest::newRow("discharge in the future") << "future"
                                             << "Discharged"
                                             << "in the future";
    QTest::newRow("disease the plan does not list") << "disease"
                                                    << "Disease"
                                                    << "lists no disease X99";
    QTest::newRow("invoice without number") << "number"
                                            << "Invoice 2"
                                            << "Enter the invoice number.";
    QTest::newRow("invoice without date") << "date"
                                          << "Invoice 2"
                                          << "Enter the invoice date.";
    QTest::newRow("invoice in the future") << "invoice future"
                                           << "Invoice 2"
                                           << "in the future";
    QTest::newRow("negative share") << "negative"
                                    << "Invoice 2"
                                    << "cannot be negative";
    QTest::newRow("insurance + personal above the total")
        << "sum"
        << "Invoice 2"
        << "add up to more than the total (300.00)";
    QTest::newRow("invoice listed twice") << "twice"
                                          << "Invoice 2"
                                          << "Invoice NO1000 of 临沂市人民医院 is listed twice";
}

void TestMaClaims::checks()
{
    QFETCH(QString, change);
    QFETCH(QString, where);
    QFETCH(QString, message);
    MaClaimInput input = MutualAidFixture::claim(m_enrolment, {10000, 20000});
    MaInvoice &second = input.invoices[1];
    if (change == QLatin1String("enrolment"))
        input.enrolmentId = QStringLiteral("nobody");
    else if (change == QLatin1String("hospital"))
        input.hospital = QStringLiteral("  ");
    else if (change == QLatin1String("admitted"))
        input.admittedOn = QDate();
    else if (change == QLatin1String("order"))
        input.dischargedOn = input.admittedOn.addDays(-1);
    else if (change == QLatin1String("future"))
        input.dischargedOn = QDate(2026, 6, 13);
    else if (change == QLatin1String("disease"))
        input.diseaseCode = QStringLiteral("X99");
    else if (change == QLatin1String("number"))
        second.number = QStringLiteral(" ");
    else if (change == QLatin1String("date"))
        second.date = QDate();
    else if (change == QLatin1String("invoice future"))
        second.date = QDate(2026, 6, 13);
    else if (change == QLatin1String("negative"))
        second.personal = Money::fromFen(-1);
    else if (change == QLatin1String("sum"))
        second.total = Money::fromYuan(300); // 200 + 200 > 300
    else if (change == QLatin1String("twice"))
        second.number = QStringLiteral("no1000");
    QVERIFY(m_f->create(input, m_f->caseworker).isEmpty()); // warns with the refusal
    const Status s = MaClaims::check(m_f->sql(), input, QDate(2026, 6, 12));
    QVERIFY(!s);
    QCOMPARE(s.error().where, where);
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().toString()));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_claims")).toInt(), 0);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM ma_invoices")).toInt(), 0);
}

void TestMaClaims::saveReplacesTheInvoiceTable()
{
    const QString id =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000, 20000, 30000}), m_f->caseworker);
    auto claim = MaClaims::load(m_f->sql(), id);
    QVERIFY(claim);
    const QString removed = claim->input.invoices[2].id;
    QVERIFY(attach(id, removed,
                   {QString(), QStringLiteral("发票.jpg"), QStringLiteral("image/jpeg"),
                    QByteArrayLiteral("scan")}));

    MaClaimInput input = claim->input;
    input.diagnosis = QStringLiteral("社区获得性肺炎");
    input.invoices[0].personal = Money::fromFen(15000); // changed
    input.invoices[0].total = Money::fromFen(25000);
    input.invoices.removeLast(); // removed with its scan
    MaInvoice added = input.invoices[1];
    added.id.clear();
    added.number = QStringLiteral("NO2000");
    input.invoices.append(added); // added
    const Status saved1 = save(id, input);
    QVERIFY2(saved1, saved1 ? "" : qPrintable(saved1.error().toString()));

    auto saved = MaClaims::load(m_f->sql(), id);
    QCOMPARE(saved->input.diagnosis, QStringLiteral("社区获得性肺炎"));
    QCOMPARE(saved->input.invoices.size(), 3);
    QCOMPARE(saved->personalShare(), Money::fromFen(15000 + 20000 + 20000));
    QCOMPARE(saved->input.invoices[0].id, claim->input.invoices[0].id);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
    QCOMPARE(
        m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                   "row_id = ?"),
                    {removed})
            .toInt(),
        1);
    QCOMPARE(
        m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                   "entity = 'attachments'"))
            .toInt(),
        1);

    // An invoice of another claim cannot be smuggled in by its id.
    const QString other =
        m_f->create(MutualAidFixture::claim(m_enrolment, {100}, 5000), m_f->caseworker);
    MaClaimInput foreign = saved->input;
    foreign.invoices[0].id = MaClaims::load(m_f->sql(), other)->input.invoices[0].id;
    QVERIFY(!save(id, foreign));
}

void TestMaClaims::onlyDraftsChange()
{
    const QString id = m_f->create(MutualAidFixture::claim(m_enrolment, {10000}), m_f->caseworker);
    QVERIFY(m_f->submit(id, m_f->caseworker));
    auto claim = MaClaims::load(m_f->sql(), id);
    const Status s = save(id, claim->input);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QStringLiteral("only a draft can be changed")),
             qPrintable(s.error().toString()));
    QVERIFY(!attach(id, QString(),
                    {QStringLiteral("other"), QStringLiteral("a.pdf"),
                     QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF")}));
    QVERIFY(!m_f->write(m_f->caseworker,
                        [&](AuditedWriter &w) { return MaClaims::removeDraft(w, id); }));
}

void TestMaClaims::attachmentsRoundTrip()
{
    const QString id =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000, 20000}), m_f->caseworker);
    auto claim = MaClaims::load(m_f->sql(), id);
    QCOMPARE(MaClaimAttachments::missingDocuments(m_f->sql(), id).value(),
             (QStringList{QStringLiteral("application_form"), QStringLiteral("invoice")}));

    QByteArray scan(300000, '\0');
    for (qsizetype i = 0; i < scan.size(); ++i)
        scan[i] = char(i * 7 % 251);
    auto invoiceScan =
        attach(id, claim->input.invoices[1].id,
               {QString(), QStringLiteral("发票2.jpg"), QStringLiteral("image/jpeg"), scan});
    QVERIFY2(invoiceScan, invoiceScan ? "" : qPrintable(invoiceScan.error().toString()));
    auto form = attach(id, QString(),
                       {QStringLiteral("application_form"), QStringLiteral("申请表.pdf"),
                        QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 form")});
    QVERIFY(form);

    auto loaded = MaClaims::load(m_f->sql(), id);
    QCOMPARE(loaded->attachments.size(), 1);
    QCOMPARE(loaded->attachments[0].docType, QStringLiteral("application_form"));
    QCOMPARE(loaded->attachments[0].fileName, QStringLiteral("申请表.pdf"));
    QVERIFY(loaded->input.invoices[0].attachments.isEmpty());
    QCOMPARE(loaded->input.invoices[1].attachments.size(), 1);
    const AttachmentInfo info = loaded->input.invoices[1].attachments[0];
    QCOMPARE(info.docType, QStringLiteral("invoice"));
    QCOMPARE(info.sizeBytes, qint64(scan.size()));
    QCOMPARE(info.sha256, FieldVisits::sha256Hex(scan));
    QCOMPARE(FieldVisits::attachmentBytes(m_f->sql(), info.id).value(), scan);
    QVERIFY(MaClaimAttachments::missingDocuments(m_f->sql(), id)->isEmpty());

    // Removed again, audited.
    QVERIFY(m_f->write(m_f->caseworker, [&](AuditedWriter &w) {
        return MaClaimAttachments::remove(w, id, form.value());
    }));
    QCOMPARE(MaClaims::load(m_f->sql(), id)->attachments.size(), 0);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT json_extract(changes, '$.data[0]') FROM audit_log "
                                        "WHERE action = 'delete' AND row_id = ?"),
                         {form.value()})
                 .toString(),
             QStringLiteral("(13 bytes)"));
}

void TestMaClaims::attachmentRefusals_data()
{
    QTest::addColumn<QString>("docType");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("otherClaimsInvoice");
    QTest::newRow("unknown type") << "selfie"
                                  << "a.jpg" << QByteArray("x") << false;
    QTest::newRow("no name") << "other"
                             << " " << QByteArray("x") << false;
    QTest::newRow("empty") << "other"
                           << "a.jpg" << QByteArray() << false;
    QTest::newRow("too large") << "other"
                               << "a.jpg" << QByteArray(FieldVisits::MaxAttachmentBytes + 1, 'x')
                               << false;
    QTest::newRow("invoice of another claim") << "invoice"
                                              << "a.jpg" << QByteArray("x") << true;
}

void TestMaClaims::attachmentRefusals()
{
    QFETCH(QString, docType);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, otherClaimsInvoice);
    const QString id = m_f->create(MutualAidFixture::claim(m_enrolment, {10000}), m_f->caseworker);
    const QString other =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000}, 7000), m_f->caseworker);
    const QString invoice =
        otherClaimsInvoice ? MaClaims::load(m_f->sql(), other)->input.invoices[0].id : QString();
    QVERIFY(!attach(id, invoice, {docType, fileName, QStringLiteral("image/jpeg"), bytes}));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
}

void TestMaClaims::duplicatesAcrossClaims()
{
    const QString other =
        m_f->enrol(QStringLiteral("刘晓燕"), QStringLiteral("371312199003050423"));
    const QString first =
        m_f->create(MutualAidFixture::claim(other, {10000, 20000}), m_f->caseworker);
    QVERIFY(m_f->submit(first, m_f->caseworker));
    MaClaimInput input = MutualAidFixture::claim(m_enrolment, {5000, 6000}, 1001);
    input.hospital = QStringLiteral("临沂市人民医院 ");            // same after normalising
    input.invoices[0].number = QStringLiteral("no 1001");          // first's second invoice
    input.invoices[1].hospital = QStringLiteral("临沂市中医医院"); // NO1002 of another hospital
    const QString second = m_f->create(input, m_f->caseworker);

    auto found = MaClaimDuplicates::ofClaim(m_f->sql(), second);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    const MaDuplicateInvoice d = found->first();
    QCOMPARE(d.number, QStringLiteral("NO1001"));
    QCOMPARE(d.otherClaimId, first);
    QCOMPARE(d.otherClaimNo, QStringLiteral("MA-2026-000001"));
    QCOMPARE(d.otherPersonName, QStringLiteral("刘晓燕"));
    QVERIFY(d.blocks());
    QCOMPARE(
        MaClaimDuplicates::describe(d),
        QStringLiteral("Invoice NO1001 of 临沂市人民医院 is also in claim MA-2026-000001 of 刘晓燕 "
                       "(371312********0423) (Submitted)."));
    // And from the other side, and while typing a number.
    QCOMPARE(MaClaimDuplicates::ofClaim(m_f->sql(), first)->size(), 1);
    QCOMPARE(MaClaimDuplicates::ofClaim(m_f->sql(), first)->first().otherClaimNo, QString());
    QCOMPARE(MaClaimDuplicates::ofInvoice(m_f->sql(), QStringLiteral("临沂市人民医院"),
                                          QStringLiteral("NO1000"), QString())
                 ->size(),
             1);
    QCOMPARE(MaClaimDuplicates::ofInvoice(m_f->sql(), QStringLiteral("临沂市人民医院"),
                                          QStringLiteral("NO1000"), first)
                 ->size(),
             0);
    QCOMPARE(MaClaimDuplicates::ofInvoice(m_f->sql(), QStringLiteral("临沂市中医医院"),
                                          QStringLiteral("NO1000"), QString())
                 ->size(),
             0);
}

void TestMaClaims::removeDraft()
{
    const QString id =
        m_f->create(MutualAidFixture::claim(m_enrolment, {10000, 20000}), m_f->caseworker);
    auto claim = MaClaims::load(m_f->sql(), id);
    QVERIFY(attach(
        id, claim->input.invoices[0].id,
        {QString(), QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"), QByteArray("x")}));
    QVERIFY(attach(id, QString(),
                   {QStringLiteral("id_card"), QStringLiteral("b.jpg"),
                    QStringLiteral("image/jpeg"), QByteArray("y")}));
    QVERIFY(m_f->write(m_f->caseworker,
                       [&](AuditedWriter &w) { return MaClaims::removeDraft(w, id); }));
    for (const char *table : {"ma_claims", "ma_invoices", "attachments"})
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                     .toInt(),
                 0);
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"))
                 .toInt(),
             5);
}

void TestMaClaims::listModelAndFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("hospital");
    QTest::addColumn<QStringList>("claimNos");
    QTest::newRow("all, newest first")
        << ""
        << "" << 0 << "" << QStringList{QStringLiteral(""), QStringLiteral("MA-2026-000001")};
    QTest::newRow("status") << ""
                            << "draft" << 0 << "" << QStringList{QStringLiteral("")};
    QTest::newRow("year") << ""
                          << "" << 2025 << "" << QStringList{};
    QTest::newRow("hospital") << ""
                              << "" << 0 << "中医" << QStringList{QStringLiteral("")};
    QTest::newRow("member name") << "晓燕"
                                 << "" << 2026 << ""
                                 << QStringList{QStringLiteral("MA-2026-000001")};
    QTest::newRow("claim number") << "2026-000001"
                                  << "" << 0 << "" << QStringList{QStringLiteral("MA-2026-000001")};
    QTest::newRow("invoice number") << "no1003"
                                    << "" << 0 << "" << QStringList{QStringLiteral("")};
    QTest::newRow("ID digits") << "0310"
                               << "" << 0 << "" << QStringList{QStringLiteral("")};
}

void TestMaClaims::listModelAndFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(int, year);
    QFETCH(QString, hospital);
    QFETCH(QStringList, claimNos);
    const QString other =
        m_f->enrol(QStringLiteral("刘晓燕"), QStringLiteral("371312199003050423"));
    const QString first =
        m_f->create(MutualAidFixture::claim(other, {10000, 20000}), m_f->caseworker);
    QVERIFY(m_f->submit(first, m_f->caseworker));
    MaClaimInput input = MutualAidFixture::claim(m_enrolment, {5000}, 1003);
    input.hospital = QStringLiteral("临沂市中医医院");
    QVERIFY(!m_f->create(input, m_f->caseworker, QDate(2026, 6, 20)).isEmpty());

    MaClaimListModel model(m_f->sql());
    model.setFilter({text, status, year, QString(), hospital, QString()});
    QVERIFY(model.reload());
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.append(model.index(row, MaClaimListModel::ClaimNo).data().toString());
    QCOMPARE(found, claimNos);
    const int row = model.rowOf(first);
    if (row >= 0) {
        QCOMPARE(model.index(row, MaClaimListModel::PersonalShare).data().toString(),
                 QStringLiteral("300.00"));
        QCOMPARE(
            model.index(row, MaClaimListModel::Payout).data(MaClaimListModel::FenRole).toLongLong(),
            9000); // 30% of 300 yuan
        QCOMPARE(
            model.index(row, MaClaimListModel::Status).data(MaClaimListModel::CodeRole).toString(),
            MaClaimStatus::Submitted);
        QCOMPARE(model.index(row, MaClaimListModel::IdNumber).data().toString(),
                 QStringLiteral("371312********0423"));
    }
}

QTEST_GUILESS_MAIN(TestMaClaims)
#include "tst_maclaims.moc"
