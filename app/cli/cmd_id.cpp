// bangfu-cli id NUMBER...: says for each resident ID number whether it is
// valid (with birth date, sex and area code) or exactly why it is not.
#include "clicommand.h"
#include "idnumber.h"

#include <QCoreApplication>

int runId(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Validate resident ID numbers (GB 11643). Prints, "
                                           "for each number, its birth date, sex and area code "
                                           "or the reason it is invalid. Exits 1 if any is "
                                           "invalid."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"), Cli::tr("ID numbers to check."),
                                 QStringLiteral("NUMBER..."));
    if (int code = parseCommandLine(parser, args, io, QStringLiteral("id NUMBER..."),
                                    Positionals::Allowed); code >= 0)
        return code;
    const QStringList numbers = parser.positionalArguments();
    if (numbers.isEmpty()) {
        io.err << Cli::tr("bangfu-cli id: give at least one ID number.") << Qt::endl;
        return ExitUsage;
    }
    int exit = ExitOk;
    for (const QString &number : numbers) {
        auto info = IdNumber::parse(number);
        if (info) {
            io.out << Cli::tr("%1: valid, born %2, %3, area code %4")
                          .arg(info->number, info->birthDate.toString(Qt::ISODate),
                               info->sex == Sex::Male ? Cli::tr("male") : Cli::tr("female"),
                               info->areaCode)
                   << Qt::endl;
        } else {
            io.out << Cli::tr("%1: invalid: %2").arg(number.trimmed(), info.error().message)
                   << Qt::endl;
            exit = ExitUserError;
        }
    }
    return exit;
}
