// MyWorkView: the signed-in caseworker's work — overdue households, those
// due within the week and drafts not yet filed — among the households they
// entered or visited. Double-clicking a row asks for that household's file.
// A widget that the visits area hosts.
#pragma once

#include <QDate>
#include <QWidget>

class MyWorkModel;
class QLabel;
class QTableView;
class Workspace;

class MyWorkView : public QWidget
{
    Q_OBJECT

public:
    explicit MyWorkView(Workspace &workspace, QWidget *parent = nullptr);

    /// Re-reads the list for whoever is signed in now.
    void refresh();
    /// The day the week starts on; by default the current date at each refresh.
    void setToday(const QDate &today);
    MyWorkModel *model() const { return m_model; }

signals:
    /// The user asked to open the household with households.id \a id.
    void householdActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    Workspace &m_workspace;
    MyWorkModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_error;
};
