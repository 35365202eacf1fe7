// ErrorDialog: the one place where the GUI shows an Error from models/ to the
// user: what went wrong, and where (a file, a field) on its own line.
#pragma once

#include "error.h"

class QWidget;

namespace ErrorDialog {

/// Shows a modal critical message box titled \a title for \a error.
void show(QWidget *parent, const QString &title, const Error &error);

} // namespace ErrorDialog
