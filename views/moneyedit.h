// MoneyEdit: a line edit for an amount in yuan ("1,234.50") that holds it as
// integer fen — never a double. The fen property is the user property, so a
// QDataWidgetMapper or a delegate reads and writes fen. Text that is not an
// amount is marked and not taken; leaving the field puts the last amount back.
#pragma once

#include <QLineEdit>

class MoneyEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(qint64 fen READ fen WRITE setFen NOTIFY fenEdited USER true)

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    qint64 fen() const { return m_fen; }
    void setFen(qint64 fen);
    /// Takes the typed text as the amount now; false (amount unchanged) when
    /// it is not one. Empty text is 0.
    bool acceptText();

signals:
    /// The user finished typing a new, valid amount.
    void fenEdited(qint64 fen);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    qint64 m_fen = 0;
};
