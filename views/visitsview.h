// VisitsView: the field-visits area. It shows how far the door-to-door survey
// has come (coverage per division and community, for a chosen year) and the
// signed-in caseworker's due visits, under a line of visit figures.
#pragma once

#include "areaview.h"

class CoverageView;
class MyWorkView;
class QLabel;
class Workspace;

class VisitsView : public AreaView
{
    Q_OBJECT

public:
    explicit VisitsView(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    CoverageView *coverage() const { return m_coverage; }
    MyWorkView *myWork() const { return m_myWork; }

signals:
    /// The user asked to open the household with households.id \a id (from "My work").
    void householdActivated(const QString &id);

protected:
    void retranslate() override;

private:
    void refreshFigures();

    Workspace &m_workspace;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_visitsLabel;
    QLabel *m_visitsValue;
    QLabel *m_latestLabel;
    QLabel *m_latestValue;
    QLabel *m_dueLabel;
    QLabel *m_dueValue;
    QLabel *m_error;
    CoverageView *m_coverage;
    MyWorkView *m_myWork;
};
