#include "historypanel.h"

#include "workspace.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)),
      m_text(new QTextBrowser(this)), m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    // A text view rather than a list: long sentences wrap reliably there.
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setOpenLinks(false);
    m_note->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    retranslate();
}

void HistoryPanel::setRecords(const QList<RecordRef> &records)
{
    m_records = records;
    refresh();
}

void HistoryPanel::refresh()
{
    m_text->clear();
    m_lines.clear();
    m_note->clear();
    if (m_records.isEmpty())
        return;
    RecordHistory history(m_workspace.sql());
    auto lines = history.lines(m_records);
    if (!lines) {
        m_note->setText(tr("The history could not be read: %1").arg(lines.error().message));
        return;
    }
    QString html;
    for (const HistoryLine &line : lines.value()) {
        m_lines.append(line.text);
        html +=
            QStringLiteral("<p style=\"margin-bottom: 6px\">%1</p>").arg(line.text.toHtmlEscaped());
    }
    m_text->setHtml(html);
    if (lines->isEmpty())
        m_note->setText(tr("Nothing has been recorded for this yet."));
}

QStringList HistoryPanel::lines() const
{
    return m_lines;
}

void HistoryPanel::retranslate()
{
    m_heading->setText(tr("History"));
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}
