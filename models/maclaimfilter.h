// MaClaimFilter: what the claims list is narrowed to — one search text as in
// the household register (the member's name, pinyin or initials for people
// linked to the register, any part of an ID number, phone, claim number or
// invoice number) and filters by status, plan year, plan, hospital and
// enrolment. It becomes an SQL condition of fixed fragments with bound values.
#pragma once

#include <QString>
#include <QVariantList>

struct MaClaimFilter
{
    QString text;        ///< free search text; empty: no search
    QString status;      ///< a claim status code; empty: all
    int year = 0;        ///< plan year; 0: all
    QString planId;      ///< empty: all
    QString hospital;    ///< part of the hospital's name; empty: all
    QString enrolmentId; ///< one member's claims in one plan; empty: all

    bool isEmpty() const;

    /// The condition on claims `c`, enrolments `e` and plans `p`, and its
    /// values in order. "1 = 1" when the filter is empty.
    struct Sql
    {
        QString condition;
        QVariantList values;
    };
    Sql toSql() const;
};
