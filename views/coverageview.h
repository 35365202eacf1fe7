// CoverageView: the door-to-door survey coverage of the whole district — one
// row per division, expandable to its communities — for a year chosen in a
// selector. A widget that the visits area hosts, not an area of its own.
#pragma once

#include <QDate>
#include <QWidget>

class CoverageModel;
class QComboBox;
class QLabel;
class QTreeView;
class Workspace;

class CoverageView : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageView(Workspace &workspace, QWidget *parent = nullptr);

    /// Re-reads the years and the counts; keeps the chosen year when it is still offered.
    void refresh();
    /// The day that decides the current year and which re-verifications are
    /// overdue; by default the current date at each refresh. For tests and
    /// screenshots of a fixed day.
    void setToday(const QDate &today);
    CoverageModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadCounts();
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Workspace &m_workspace;
    CoverageModel *m_model;
    QLabel *m_heading;
    QLabel *m_yearLabel;
    QComboBox *m_year;
    QTreeView *m_tree;
    QLabel *m_error;
    QDate m_today;
};
