// AreaView: what the main window needs from each area (households, visits,
// claims ...): a translated title for the navigation, a way to re-read the
// database, and re-translation when the interface language changes.
#pragma once

#include <QWidget>

class AreaView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The area's name as the navigation shows it, in the current language.
    virtual QString title() const = 0;
    /// Re-reads what the area shows from the database.
    virtual void refresh() = 0;

protected:
    /// Sets every text that tr() produced again; called on QEvent::LanguageChange.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
};
