// CauseChecklist: the secondary causes of hardship as check boxes, holding
// the checked codes as its user property for QDataWidgetMapper. The main
// cause is greyed out: a cause is either main or secondary.
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

class CauseChecklist : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList codes READ codes WRITE setCodes NOTIFY codesEdited USER true)

public:
    explicit CauseChecklist(QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);
    /// Disables the box of \a code (the main cause); empty enables all.
    void setMainCause(const QString &code);
    void retranslate();

signals:
    void codesEdited(const QStringList &codes);

private:
    QList<QCheckBox *> m_boxes;
};
