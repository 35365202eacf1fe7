// Roles and what each may do. Every write in models/ names the permission it
// needs and AuditedWriter refuses it for a role that lacks it, so the rules
// hold even where a button was forgotten in the interface.
#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

enum class Role { Caseworker, Supervisor, Administrator };

enum class Permission {
    EditHouseholds,       ///< households, members and their attachments
    EditVisits,           ///< field visits and survey records
    EditClaims,           ///< mutual-aid enrolments, claims and invoices
    ProposeAid,           ///< aid requests (proposals)
    DecideAid,            ///< approve, reject or return aid requests
    DecideClaims,         ///< approve, reject or pay mutual-aid claims
    ManageDisbursements,  ///< disbursement batches and payments
    ManageUsers,
    ManageProgrammes,     ///< aid programmes
    ManagePlans,          ///< mutual-aid plans
    ManageSettings,       ///< district settings, poverty lines, communities
    ManageDevices,        ///< pairing laptops and the office
    ChangeOwnPassword,    ///< every role, for its own account only
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    /// "caseworker", "supervisor", "administrator": the codes stored in users.role.
    static QString roleCode(Role role);
    /// Role for a stored code; false if the code is unknown.
    static bool roleFromCode(const QString &code, Role *role);
    /// "Caseworker", "Supervisor", "Administrator", translated.
    static QString roleLabel(Role role);
    static QList<Role> roles();

    /// Caseworkers edit households, visits, surveys and claims and propose aid;
    /// supervisors may do all that and also decide on aid and claims and handle
    /// disbursements; administrators manage users, programmes, plans, settings
    /// and devices.
    static bool allows(Role role, Permission permission);

    /// "approve or reject aid requests" ..., translated, for refusal messages.
    static QString describe(Permission permission);
};
