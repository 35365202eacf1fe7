// PlanEditorDialog: showing problems — at their fields (a tint and the
// message as tooltip), in the list below the editor (a click goes to the
// field), and the status line.
#include "maplanfields.h"
#include "planeditordialog.h"
#include "planproblemmarks.h"
#include "ui_planeditordialog.h"

void PlanEditorDialog::showProblems(const MaPlan &plan, const QList<Error> &problems)
{
    clearProblems();
    for (const Error &problem : problems) {
        const MaPlanSpot spot = MaPlanFields::locate(plan, problem);
        QWidget *widget = m_ui->termsForm->markProblem(spot, problem.message);
        if (!widget)
            widget = m_ui->rulesForm->markProblem(spot, problem.message);
        m_ui->problemsList->addItem(problem.toString());
        m_problemWidgets.append(widget);
    }
    if (!m_problemWidgets.isEmpty() && m_problemWidgets.constFirst()) {
        QWidget *first = m_problemWidgets.constFirst();
        m_ui->tabs->setCurrentWidget(m_ui->termsForm->isAncestorOf(first)
                                         ? static_cast<QWidget *>(m_ui->termsForm)
                                         : static_cast<QWidget *>(m_ui->rulesForm));
    }
    setStatus(tr("%n problem(s): nothing was saved. Click a problem to go to its field.", nullptr,
                 int(problems.size())),
              true);
}

void PlanEditorDialog::clearProblems()
{
    PlanProblemMarks::clear(m_ui->termsForm);
    PlanProblemMarks::clear(m_ui->rulesForm);
    const QSignalBlocker blocker(m_ui->problemsList);
    m_ui->problemsList->clear();
    m_problemWidgets.clear();
    setStatus(QString());
}

void PlanEditorDialog::problemClicked(int row)
{
    QWidget *widget =
        row >= 0 && row < m_problemWidgets.size() ? m_problemWidgets.at(row) : nullptr;
    if (!widget)
        return;
    m_ui->tabs->setCurrentWidget(m_ui->termsForm->isAncestorOf(widget)
                                     ? static_cast<QWidget *>(m_ui->termsForm)
                                     : static_cast<QWidget *>(m_ui->rulesForm));
    widget->setFocus();
}

QStringList PlanEditorDialog::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        texts.append(m_ui->problemsList->item(i)->text());
    return texts;
}

QString PlanEditorDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void PlanEditorDialog::setStatus(const QString &text, bool bad)
{
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     bad ? QColor(Qt::darkRed) : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
    m_ui->statusLabel->setText(text);
}
