// CurrentUser: who is signed in (or on whose behalf a command runs). Every
// write is made as a CurrentUser; the audit log records the id.
#pragma once

#include "permissions.h"

#include <QString>

struct CurrentUser
{
    QString id;           ///< users.id
    QString username;
    QString displayName;
    Role role = Role::Caseworker;
};
