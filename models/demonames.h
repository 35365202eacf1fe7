// DemoNames: invented but plausible people and places for the demo database —
// Chinese personal names weighted like real surname frequencies, valid resident
// ID numbers of the district, phone numbers, bank cards, communities and
// villages, employers, schools and hospitals. Everything is drawn from a
// DemoRandom, so the same seed gives the same names.
#pragma once

#include "demorandom.h"
#include "idnumber.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

struct DemoBankAccount
{
    QString bankName;
    QString number; ///< 19 digits with a valid Luhn check digit.
};

class DemoNames
{
public:
    /// \a areaCode: the 6-digit area code every generated ID number starts with.
    explicit DemoNames(QString areaCode);

    /// A surname, common ones more often (Shandong-leaning frequencies).
    QString surname(DemoRandom &rng) const;
    /// A 1–2 character given name in the fashion of the person's birth decade.
    QString givenName(DemoRandom &rng, Sex sex, int birthYear) const;
    QString fullName(DemoRandom &rng, Sex sex, int birthYear) const
    {
        return surname(rng) + givenName(rng, sex, birthYear);
    }

    /// A valid GB 11643 number for \a birth and \a sex, never handed out twice.
    QString idNumber(DemoRandom &rng, const QDate &birth, Sex sex);
    /// An 11-digit mainland mobile number.
    QString mobile(DemoRandom &rng) const;
    /// A bank and a fake 19-digit card number with that bank's card prefix.
    DemoBankAccount bankAccount(DemoRandom &rng) const;

    /// A new community (社区) or village (村) name, never the same twice.
    QString communityName(DemoRandom &rng, bool village);
    /// An invented employer ("临沂华盛纺织有限公司").
    QString workUnit(DemoRandom &rng) const;
    /// A school for \a stage ("primary" ...), near \a divisionName where local.
    QString school(DemoRandom &rng, const QString &stage, const QString &divisionName) const;

    QString hospital(DemoRandom &rng) const;
    QString diagnosis(DemoRandom &rng) const;
    /// A major illness as written in a hardship file (尿毒症, 肺癌 ...).
    QString majorIllness(DemoRandom &rng) const;

private:
    QString m_areaCode;
    QSet<QString> m_usedIds;
    QSet<QString> m_usedPlaces;
    // The word lists, split once: names are drawn hundreds of thousands of times.
    QStringList m_surnames;
    QList<int> m_surnameWeights;
    QList<QStringList> m_maleNames; // by birth era
    QList<QStringList> m_femaleNames;
    QStringList m_communityStems, m_villagePatterns, m_villageSurnames;
    QStringList m_tradeNames, m_industries, m_universities, m_colleges;
    QStringList m_hospitals, m_diagnoses, m_majorIllnesses, m_mobilePrefixes, m_numerals;
};

/// The Luhn check digit for \a digits (bank card numbers end with one).
QChar luhnCheckDigit(const QString &digits);
