#include "householdcodes.h"

#include <QCoreApplication>

#include <span>

namespace {

struct Entry
{
    const char *code;
    const char *text;
};

// Translated on every call, so a language switch shows at once.
const Entry Housing[] = {
    {"owned", QT_TRANSLATE_NOOP("HouseholdCodes", "Own home")},
    {"rented", QT_TRANSLATE_NOOP("HouseholdCodes", "Rented")},
    {"public_rental", QT_TRANSLATE_NOOP("HouseholdCodes", "Public rental housing")},
    {"relatives", QT_TRANSLATE_NOOP("HouseholdCodes", "Living with relatives")},
    {"none", QT_TRANSLATE_NOOP("HouseholdCodes", "No fixed home")},
    {"other", QT_TRANSLATE_NOOP("HouseholdCodes", "Other")},
};

const Entry Causes[] = {
    {"illness", QT_TRANSLATE_NOOP("HouseholdCodes", "Illness")},
    {"disability", QT_TRANSLATE_NOOP("HouseholdCodes", "Disability")},
    {"schooling", QT_TRANSLATE_NOOP("HouseholdCodes", "Schooling costs")},
    {"unemployment", QT_TRANSLATE_NOOP("HouseholdCodes", "Unemployment")},
    {"accident", QT_TRANSLATE_NOOP("HouseholdCodes", "Accident")},
    {"disaster", QT_TRANSLATE_NOOP("HouseholdCodes", "Natural disaster")},
    {"low_income", QT_TRANSLATE_NOOP("HouseholdCodes", "Low income")},
    {"other", QT_TRANSLATE_NOOP("HouseholdCodes", "Other")},
};

const Entry Relationships[] = {
    {"self", QT_TRANSLATE_NOOP("HouseholdCodes", "Head of household")},
    {"spouse", QT_TRANSLATE_NOOP("HouseholdCodes", "Spouse")},
    {"child", QT_TRANSLATE_NOOP("HouseholdCodes", "Child")},
    {"parent", QT_TRANSLATE_NOOP("HouseholdCodes", "Parent")},
    {"parent_in_law", QT_TRANSLATE_NOOP("HouseholdCodes", "Parent-in-law")},
    {"grandchild", QT_TRANSLATE_NOOP("HouseholdCodes", "Grandchild")},
    {"grandparent", QT_TRANSLATE_NOOP("HouseholdCodes", "Grandparent")},
    {"sibling", QT_TRANSLATE_NOOP("HouseholdCodes", "Sibling")},
    {"other", QT_TRANSLATE_NOOP("HouseholdCodes", "Other")},
};

const Entry Sexes[] = {
    {"male", QT_TRANSLATE_NOOP("HouseholdCodes", "Male")},
    {"female", QT_TRANSLATE_NOOP("HouseholdCodes", "Female")},
};

const Entry Health[] = {
    {"healthy", QT_TRANSLATE_NOOP("HouseholdCodes", "Healthy")},
    {"chronic", QT_TRANSLATE_NOOP("HouseholdCodes", "Chronic illness")},
    {"serious", QT_TRANSLATE_NOOP("HouseholdCodes", "Serious illness")},
    {"major_illness", QT_TRANSLATE_NOOP("HouseholdCodes", "Major illness")},
};

const Entry Disabilities[] = {
    {"none", QT_TRANSLATE_NOOP("HouseholdCodes", "None")},
    {"grade1", QT_TRANSLATE_NOOP("HouseholdCodes", "Grade 1")},
    {"grade2", QT_TRANSLATE_NOOP("HouseholdCodes", "Grade 2")},
    {"grade3", QT_TRANSLATE_NOOP("HouseholdCodes", "Grade 3")},
    {"grade4", QT_TRANSLATE_NOOP("HouseholdCodes", "Grade 4")},
};

const Entry WorkStatuses[] = {
    {"employed", QT_TRANSLATE_NOOP("HouseholdCodes", "Employed")},
    {"flexible", QT_TRANSLATE_NOOP("HouseholdCodes", "Flexible employment")},
    {"unemployed", QT_TRANSLATE_NOOP("HouseholdCodes", "Unemployed")},
    {"retired", QT_TRANSLATE_NOOP("HouseholdCodes", "Retired")},
    {"student", QT_TRANSLATE_NOOP("HouseholdCodes", "Student")},
    {"preschool", QT_TRANSLATE_NOOP("HouseholdCodes", "Preschool child")},
    {"unable", QT_TRANSLATE_NOOP("HouseholdCodes", "Unable to work")},
    {"farming", QT_TRANSLATE_NOOP("HouseholdCodes", "Farming")},
};

const Entry SchoolStages[] = {
    {"preschool", QT_TRANSLATE_NOOP("HouseholdCodes", "Kindergarten")},
    {"primary", QT_TRANSLATE_NOOP("HouseholdCodes", "Primary school")},
    {"junior", QT_TRANSLATE_NOOP("HouseholdCodes", "Junior middle school")},
    {"senior", QT_TRANSLATE_NOOP("HouseholdCodes", "Senior high school")},
    {"vocational", QT_TRANSLATE_NOOP("HouseholdCodes", "Vocational school")},
    {"college", QT_TRANSLATE_NOOP("HouseholdCodes", "Junior college")},
    {"university", QT_TRANSLATE_NOOP("HouseholdCodes", "University")},
    {"postgraduate", QT_TRANSLATE_NOOP("HouseholdCodes", "Postgraduate")},
};

std::span<const Entry> entries(HouseholdCodes::Kind kind)
{
    using K = HouseholdCodes::Kind;
    switch (kind) {
    case K::Housing:
        return Housing;
    case K::Cause:
        return Causes;
    case K::Relationship:
        return Relationships;
    case K::Sex:
        return Sexes;
    case K::Health:
        return Health;
    case K::Disability:
        return Disabilities;
    case K::WorkStatus:
        return WorkStatuses;
    case K::SchoolStage:
        return SchoolStages;
    }
    return {};
}

} // namespace

namespace HouseholdCodes {

QList<CodeLabel> list(Kind kind)
{
    QList<CodeLabel> result;
    for (const Entry &e : entries(kind))
        result.append({QString::fromLatin1(e.code),
                       QCoreApplication::translate("HouseholdCodes", e.text)});
    return result;
}

QString label(Kind kind, const QString &code)
{
    for (const Entry &e : entries(kind)) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("HouseholdCodes", e.text);
    }
    return code;
}

bool contains(Kind kind, const QString &code)
{
    for (const Entry &e : entries(kind)) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

} // namespace HouseholdCodes
