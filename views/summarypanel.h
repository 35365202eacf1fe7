// SummaryPanel: the page of an area whose screens are not built yet. It says
// plainly what the area will hold and shows live figures about it from the
// open database, grouped in boxes, so the area is honest and still useful.
#pragma once

#include "error.h"

#include <memory>
#include <QList>
#include <QString>
#include <QWidget>

namespace Ui {
class SummaryPanel;
}

class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    struct Figure
    {
        QString label; ///< without a trailing colon; the panel adds one
        QString value;
    };
    struct FigureGroup
    {
        QString title;
        QList<Figure> figures;
    };

    explicit SummaryPanel(QWidget *parent = nullptr);
    ~SummaryPanel() override;

    void setHeading(const QString &heading);
    void setDescription(const QString &description);
    /// Replaces the figures shown, and hides an error shown before.
    void setFigures(const QList<FigureGroup> &groups);
    /// Shows why the figures could not be read, in place of the figures.
    void setError(const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearFigures();

    std::unique_ptr<Ui::SummaryPanel> m_ui;
};
