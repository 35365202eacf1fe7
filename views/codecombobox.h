// CodeComboBox: a pick list of coded answers that shows labels and holds the
// stored code as its user property, for QDataWidgetMapper and delegates.
#pragma once

#include "householdcodes.h"

#include <QComboBox>

class CodeComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChosen USER true)

public:
    explicit CodeComboBox(QWidget *parent = nullptr);

    /// Fills the list; \a emptyText, when not empty, is a first entry for "no answer".
    void setCodes(const QList<CodeLabel> &codes, const QString &emptyText = {});
    QString code() const;
    /// Selects \a code; an unknown code is added as itself so nothing is lost.
    void setCode(const QString &code);

signals:
    /// The user chose an entry.
    void codeChosen(const QString &code);
};
