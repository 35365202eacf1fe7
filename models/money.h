// Money: an amount in integer fen (分). Never double. Strict parsing of what a
// caseworker types, display with thousands separators, and the amount in
// Chinese capitals (人民币大写) as printed on disbursement sheets.
#pragma once

#include "error.h"

#include <QString>
#include <QtGlobal>

#include <compare>

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }

    /// Accepts "1234", "1234.5", "1,234.50", "¥1234", "￥1,234.00", "-12.30"
    /// (spaces around are ignored). Rejects empty text, letters, more than two
    /// decimals, misplaced separators and amounts beyond ±10^13 yuan; the Error says why.
    static Result<Money> parse(const QString &text);

    /// "1,234.50" (always two decimals, a leading '-' when negative).
    QString toString() const;
    /// "¥1,234.50".
    QString toStringWithSymbol() const;
    /// "人民币壹仟肆佰零玖元伍角"; zero is "人民币零元整"; negative amounts get a leading "负".
    QString toCapitals() const;
    /// Reads capitals back ("人民币" prefix optional; "整"/"正" optional; both
    /// spellings of zeros before 角 accepted).
    static Result<Money> parseCapitals(const QString &text);

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    Money &operator+=(Money other) { m_fen += other.m_fen; return *this; }
    Money &operator-=(Money other) { m_fen -= other.m_fen; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};
