#include "causechecklist.h"

#include "householdcodes.h"

#include <QCheckBox>
#include <QGridLayout>

CauseChecklist::CauseChecklist(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<CodeLabel> causes = HouseholdCodes::list(HouseholdCodes::Kind::Cause);
    for (qsizetype i = 0; i < causes.size(); ++i) {
        auto *box = new QCheckBox(causes.at(i).label, this);
        box->setProperty("code", causes.at(i).code);
        layout->addWidget(box, int(i / 4), int(i % 4));
        connect(box, &QCheckBox::clicked, this, [this] { emit codesEdited(codes()); });
        m_boxes.append(box);
    }
}

QStringList CauseChecklist::codes() const
{
    QStringList list;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked() && box->isEnabled())
            list.append(box->property("code").toString());
    }
    return list;
}

void CauseChecklist::setCodes(const QStringList &codes)
{
    for (QCheckBox *box : m_boxes)
        box->setChecked(codes.contains(box->property("code").toString()));
}

void CauseChecklist::setMainCause(const QString &code)
{
    for (QCheckBox *box : m_boxes) {
        const bool main = box->property("code").toString() == code;
        box->setEnabled(!main);
        if (main)
            box->setChecked(false);
    }
}

void CauseChecklist::retranslate()
{
    for (QCheckBox *box : m_boxes)
        box->setText(HouseholdCodes::label(HouseholdCodes::Kind::Cause,
                                           box->property("code").toString()));
}
