// HistoryPanel: a reusable list of what happened to a record — its audit
// entries in plain words, newest first, as RecordHistory tells them. Any view
// hands it the rows it shows (a household and its members, a claim ...).
#pragma once

#include "recordhistory.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class Workspace;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the history of \a records (empty: nothing chosen).
    void setRecords(const QList<RecordRef> &records);
    /// Re-reads the entries, e.g. after a change.
    void refresh();
    /// The sentences shown, newest first.
    QStringList lines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_workspace;
    QList<RecordRef> m_records;
    QLabel *m_heading;
    QTextBrowser *m_text;
    QStringList m_lines;
    QLabel *m_note;
};
