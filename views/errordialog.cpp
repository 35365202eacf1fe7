#include "errordialog.h"

#include <QDir>
#include <QMessageBox>

namespace ErrorDialog {

void show(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, parent);
    if (!error.where.isEmpty())
        box.setInformativeText(QDir::toNativeSeparators(error.where));
    box.exec();
}

} // namespace ErrorDialog
