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

    /// Largest amount parse() and parseCapitals() accept, in yuan (either sign).
    static constexpr qint64 maxYuan = 10'000'000'000'000;

    /// Accepts "1234", "1234.5", "1,234.50", "¥1234", "￥1,234.00", "-12.30",
    /// "-¥12.30" (spaces around are ignored; full-width digits and signs are
    /// folded to ASCII). Rejects empty text, letters, more than two decimals,
    /// misplaced separators, a leading 0 ("0123"), a decimal point without digits
    /// on both sides (".5", "5.") and amounts beyond ±maxYuan. The Error says why
    /// as a lower-case clause without a final stop ("amount has more than two
    /// decimal places"), for callers to put after the field or input.
    static Result<Money> parse(const QString &text);

    /// "1,234.50" (always two decimals, a leading '-' when negative).
    QString toString() const;
    /// "¥1,234.50"; negative amounts "-¥1,234.50".
    QString toStringWithSymbol() const;
    /// "人民币壹仟肆佰零玖元伍角"; zero is "人民币零元整"; negative amounts get
    /// "负" before the digits ("人民币负壹元整"). Where the central bank's rules
    /// allow a 零 or none, none is written (see money.cpp).
    QString toCapitals() const;
    /// Reads capitals back: "人民币" prefix optional, "负" before or after it,
    /// "整"/"正" optional after 元 or 角 (refused after 分), 圆 for 元, and the
    /// optional 零 of the rules either written or not. Anything else that is not
    /// exactly the spelling of one amount is refused, saying what was expected.
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
