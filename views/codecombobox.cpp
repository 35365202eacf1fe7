#include "codecombobox.h"

CodeComboBox::CodeComboBox(QWidget *parent) : QComboBox(parent)
{
    connect(this, &QComboBox::activated, this, [this] { emit codeChosen(code()); });
}

void CodeComboBox::setCodes(const QList<CodeLabel> &codes, const QString &emptyText)
{
    const QString current = code();
    const QSignalBlocker block(this);
    clear();
    if (!emptyText.isEmpty())
        addItem(emptyText, QString());
    for (const CodeLabel &c : codes)
        addItem(c.label, c.code);
    setCode(current);
}

QString CodeComboBox::code() const
{
    return currentData().toString();
}

void CodeComboBox::setCode(const QString &code)
{
    int i = findData(code);
    if (i < 0 && !code.isEmpty()) {
        addItem(code, code);
        i = count() - 1;
    }
    setCurrentIndex(i);
}
