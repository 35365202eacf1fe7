// PlanEditorDialog: importing and exporting JSON plan files. An import is
// read and checked in full first; problems are listed with their place in
// the file, and otherwise the administrator sees what will be added or
// changed before anything is written, in one transaction.
#include "maplanimport.h"
#include "maplanjson.h"
#include "planeditordialog.h"
#include "session.h"
#include "ui_planeditordialog.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

void PlanEditorDialog::showFileProblems(const QString &path, const QList<Error> &problems)
{
    clearProblems();
    for (const Error &problem : problems) {
        m_ui->problemsList->addItem(problem.toString());
        m_problemWidgets.append(nullptr); // in the file, not in the editor
    }
    setStatus(tr("%n problem(s) in %1: nothing was imported. Fix the file and import it again.",
                 nullptr, int(problems.size()))
                  .arg(QFileInfo(path).fileName()),
              true);
}

Status PlanEditorDialog::importFile(const QString &path)
{
    const MaPlanJson::Contents contents = MaPlanJson::readFile(path);
    if (!contents.ok()) {
        showFileProblems(path, contents.problems);
        return contents.problems.constFirst();
    }
    QList<MaPlanImportItem> done;
    const Status status = Session::write(m_workspace, [&](AuditedWriter &writer) -> Status {
        auto preview = MaPlanImport::preview(writer.database(), contents.plans);
        if (!preview)
            return preview.error();
        if (!preview->ok())
            return preview->problems.constFirst();
        auto imported = MaPlanImport::apply(writer, contents.plans);
        if (!imported)
            return imported.error();
        done = *imported;
        return {};
    });
    if (!status) {
        showFileProblems(path, {status.error()});
        return status;
    }
    reloadAndShow(done.constFirst().plan.id);
    QStringList lines;
    for (const MaPlanImportItem &item : std::as_const(done))
        lines.append(MaPlanImport::describe(item, true));
    setStatus(lines.join(QLatin1Char('\n')));
    return {};
}

Status PlanEditorDialog::exportYear(int year, const QString &path)
{
    auto plans = MaPlans::list(m_workspace.sql(), year);
    Status status = plans ? Status() : Status(plans.error());
    if (status && plans->isEmpty())
        status = Error{tr("There are no plans of %1.").arg(year)};
    if (status)
        status = MaPlanJson::writeFile(path, *plans);
    if (!status) {
        setStatus(status.error().toString(), true);
        return status;
    }
    setStatus(tr("Wrote %n plan(s) of %1 to %2.", nullptr, int(plans->size()))
                  .arg(QString::number(year), QDir::toNativeSeparators(path)));
    return {};
}

void PlanEditorDialog::importClicked()
{
    if (m_dirty && !confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import mutual-aid plans"), QString(), tr("Plan files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const MaPlanJson::Contents contents = MaPlanJson::readFile(path);
    if (!contents.ok()) {
        showFileProblems(path, contents.problems);
        return;
    }
    auto preview = MaPlanImport::preview(m_workspace.sql(), contents.plans);
    if (!preview) {
        setStatus(preview.error().toString(), true);
        return;
    }
    if (!preview->ok()) {
        showFileProblems(path, preview->problems);
        return;
    }
    QStringList lines;
    for (const MaPlanImportItem &item : std::as_const(preview->items))
        lines.append(MaPlanImport::describe(item, false));
    if (QMessageBox::question(this, tr("Import mutual-aid plans"),
                              tr("Import %1?").arg(QFileInfo(path).fileName()) +
                                  QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return;
    importFile(path);
}

void PlanEditorDialog::exportClicked()
{
    const QVariant filter = m_ui->yearCombo->currentData();
    const int year = m_row >= 0 ? m_shown.at(m_row).year : filter.isValid() ? filter.toInt() : 0;
    if (year == 0) {
        setStatus(tr("Select a plan of the year to export."), true);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export mutual-aid plans"), QStringLiteral("mutual-aid-plans-%1.json").arg(year),
        tr("Plan files (*.json)"));
    if (!path.isEmpty())
        exportYear(year, path);
}
