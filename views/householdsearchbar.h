// HouseholdSearchBar: the row above the household register where a caseworker
// types a name, pinyin, initials, part of an ID number, a phone or a file
// number, and narrows the list by sub-district/town, category, status and
// "re-verification overdue". It only collects the wishes; the list model
// turns them into SQL (HouseholdFilter).
#pragma once

#include "householdfilter.h"

#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

class HouseholdSearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdSearchBar(QSqlDatabase db, QWidget *parent = nullptr);

    HouseholdFilter filter() const;
    /// Delay between the last keystroke and the search, in ms.
    void setTypingDelay(int ms) { m_typing.setInterval(ms); }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCodes();

    QSqlDatabase m_db;
    QLineEdit *m_text;
    QComboBox *m_division;
    QComboBox *m_category;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QTimer m_typing;
};
