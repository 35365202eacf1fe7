// HouseholdFilter: what the household register is narrowed to — one search
// text (name, pinyin or pinyin initials, any part of an ID number, a phone
// number or a file number) and filters by division, community, category,
// status and "re-verification overdue". It turns itself into an SQL condition
// made of fixed fragments with bound values, so the list model can page
// through the matching households without loading them all.
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

struct HouseholdFilter
{
    QString text;           ///< free search text; empty: no search
    QString divisionCode;   ///< empty: all
    QString communityId;    ///< empty: all
    QString category;       ///< a category code, "none" for not yet assessed; empty: all
    QString status;         ///< identified, filed or exited; empty: all
    bool overdueOnly = false; ///< filed households not re-verified within 12 months
    QDate today = QDate::currentDate();

    bool isEmpty() const;

    /// The condition on households `h`, to be joined with AND, and its values
    /// in order. "1 = 1" when the filter is empty.
    struct Sql
    {
        QString condition;
        QVariantList values;
    };
    Sql toSql() const;
};
