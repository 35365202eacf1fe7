#include "permissions.h"

QString Permissions::roleCode(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

bool Permissions::roleFromCode(const QString &code, Role *role)
{
    for (Role r : roles()) {
        if (roleCode(r) == code) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Permissions::roleLabel(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return tr("Caseworker");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QList<Role> Permissions::roles()
{
    return {Role::Caseworker, Role::Supervisor, Role::Administrator};
}

bool Permissions::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::EditHouseholds:
    case Permission::EditVisits:
    case Permission::EditClaims:
    case Permission::ProposeAid:
        return role == Role::Caseworker || role == Role::Supervisor;
    case Permission::DecideAid:
    case Permission::DecideClaims:
    case Permission::ManageDisbursements:
        return role == Role::Supervisor;
    case Permission::ManageUsers:
    case Permission::ManageProgrammes:
    case Permission::ManagePlans:
    case Permission::ManageSettings:
    case Permission::ManageDevices:
        return role == Role::Administrator;
    case Permission::ChangeOwnPassword:
        return true;
    }
    return false;
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::EditHouseholds:
        return tr("edit household files");
    case Permission::EditVisits:
        return tr("log visits and surveys");
    case Permission::EditClaims:
        return tr("enter mutual-aid enrolments and claims");
    case Permission::ProposeAid:
        return tr("propose aid");
    case Permission::DecideAid:
        return tr("approve or reject aid");
    case Permission::DecideClaims:
        return tr("approve or reject mutual-aid claims");
    case Permission::ManageDisbursements:
        return tr("handle disbursement batches and payments");
    case Permission::ManageUsers:
        return tr("manage user accounts");
    case Permission::ManageProgrammes:
        return tr("manage aid programmes");
    case Permission::ManagePlans:
        return tr("manage mutual-aid plans");
    case Permission::ManageSettings:
        return tr("change settings");
    case Permission::ManageDevices:
        return tr("pair devices");
    case Permission::ChangeOwnPassword:
        return tr("change their own password");
    }
    return {};
}
