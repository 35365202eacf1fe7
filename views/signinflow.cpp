#include "signinflow.h"

#include "accounts.h"
#include "errordialog.h"
#include "firstrundialog.h"
#include "signindialog.h"
#include "workspace.h"

#include <QCoreApplication>

namespace SignInFlow {

bool run(QWidget *parent, Workspace &workspace, bool cancelQuits)
{
    auto hasUsers = Accounts::hasUsers(workspace.sql());
    if (!hasUsers) {
        ErrorDialog::show(parent, QCoreApplication::translate("SignInFlow", "Cannot sign in"),
                          hasUsers.error());
        return false;
    }
    std::optional<CurrentUser> user;
    if (hasUsers.value()) {
        SignInDialog dialog(workspace.sql(), workspace.deviceId(), parent);
        dialog.setCancelQuits(cancelQuits);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        user = dialog.user();
    } else {
        FirstRunDialog dialog(workspace.sql(), workspace.deviceId(), parent);
        dialog.setCancelQuits(cancelQuits);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        user = dialog.user();
    }
    workspace.setUser(user);
    return user.has_value();
}

} // namespace SignInFlow
