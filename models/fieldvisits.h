// FieldVisits: the caseworker's log of door-to-door visits — when, who went,
// why, who of the household was there, what was seen — with photos and
// scanned documents kept in the database (attachments), so an export bundle
// carries them. A re-verification visit also renews the household's yearly
// check (last_verified_on, next_due_on).
//
//     VisitInput visit{...};
//     Session::write(workspace, [&](AuditedWriter &w) {
//         auto id = FieldVisits::log(w, visit);
//         return id ? Status() : Status(id.error());
//     });
#pragma once

#include "auditedwriter.h"
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// A file to attach to a visit: a photo, a scan, a document.
struct VisitAttachment
{
    QString fileName;  ///< As the user knows it, without a folder: "门口.jpg".
    QString mimeType;  ///< "image/jpeg", "application/pdf" ...
    QByteArray bytes;
};

/// What the caseworker enters for one visit.
struct VisitInput
{
    QString householdId;
    QDate date;
    QString visitors;  ///< Names of the caseworkers who went.
    QString purpose;   ///< One of FieldVisits::purposes().
    QString present;   ///< Who of the household was there.
    QString notes;
    std::optional<double> latitude;   ///< Both or neither; WGS 84 degrees.
    std::optional<double> longitude;
    std::optional<QDate> nextDueOn;   ///< When to come back.
    QList<VisitAttachment> attachments;
};

/// A stored attachment without its bytes (see FieldVisits::attachmentBytes).
struct AttachmentInfo
{
    QString id;
    QString fileName;
    QString mimeType;
    QString docType;   ///< "photo" for images, "other" for the rest.
    qint64 sizeBytes = 0;
    QString sha256;    ///< Lower-case hex.
};

/// One logged visit as list() returns it.
struct VisitRow
{
    QString id;
    QString householdId;
    QDate date;
    QString purpose;
    QString visitors;
    QString present;
    QString notes;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<QDate> nextDueOn;
    QString createdBy; ///< Display name of the account that logged it.
    QList<AttachmentInfo> attachments;
};

class FieldVisits
{
    Q_DECLARE_TR_FUNCTIONS(FieldVisits)

public:
    /// Largest file accepted as an attachment: 10 MB, enough for a phone photo
    /// or a multi-page scan, small enough for a bundle on a USB stick.
    static constexpr qint64 MaxAttachmentBytes = 10 * 1024 * 1024;

    /// "first_survey", "reverification", "follow_up", "condolence".
    static QStringList purposes();
    /// "First survey", "Re-verification", "Follow-up", "Condolence visit",
    /// translated; an unknown code is returned unchanged.
    static QString purposeLabel(const QString &code);

    /// Logs \a visit through \a writer in the caller's transaction and returns
    /// the new visit's id. Needs Permission::EditVisits (and EditHouseholds
    /// when the visit changes the household's due dates). Attachments are
    /// stored with their size and SHA-256. A re-verification sets the
    /// household's last_verified_on to the visit date and next_due_on to the
    /// given date or one year later; any other visit with a next due date
    /// sets next_due_on to it. A visit older than the household's last
    /// verification does not move the dates back.
    /// Refused: no household or a closed file, a date in the future (by the
    /// writer's clock, local time), an unknown purpose, no visitors, only one
    /// of latitude and longitude or one out of range, a next due date before
    /// the visit, an empty, unnamed, untyped or too large attachment.
    static Result<QString> log(AuditedWriter &writer, const VisitInput &visit);

    /// The visits of \a householdId, newest first, with their attachments.
    static Result<QList<VisitRow>> list(const QSqlDatabase &db, const QString &householdId);

    /// The bytes of attachment \a attachmentId, refused when they no longer
    /// match the stored SHA-256.
    static Result<QByteArray> attachmentBytes(const QSqlDatabase &db, const QString &attachmentId);

    /// Lower-case hex SHA-256 of \a bytes, as attachments.sha256 stores it.
    static QString sha256Hex(const QByteArray &bytes);

private:
    static Status check(const VisitInput &visit, QDate today);
    static Status updateHousehold(AuditedWriter &writer, const VisitInput &visit);
};
