#include "moneyedit.h"

#include "money.h"

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0.00"));
    setFen(0);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const qint64 before = m_fen;
        if (acceptText() && m_fen != before)
            emit fenEdited(m_fen);
    });
    connect(this, &QLineEdit::textEdited, this, [this] {
        const QString text = this->text().trimmed();
        auto money = Money::parse(text);
        const bool bad = !text.isEmpty() && (!money || money->fen() < 0);
        setProperty("invalid", bad);
        setToolTip(bad ? (money ? tr("The amount cannot be negative.")
                                : tr("Not an amount: %1.").arg(money.error().message))
                       : QString());
        setStyleSheet(bad ? QStringLiteral("MoneyEdit { background: #fde2e1; }") : QString());
    });
}

void MoneyEdit::setFen(qint64 fen)
{
    m_fen = fen;
    setText(fen == 0 ? QString() : Money::fromFen(fen).toString());
    setStyleSheet(QString());
    setToolTip(QString());
}

bool MoneyEdit::acceptText()
{
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        setFen(0);
        return true;
    }
    auto money = Money::parse(text);
    if (!money || money->fen() < 0)
        return false;
    setFen(money->fen());
    return true;
}

void MoneyEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (!acceptText())
        setFen(m_fen); // not an amount: the last amount stands
}
