// bangfu-cli amount AMOUNT...: writes each amount in Chinese capitals, as on
// a disbursement sheet (1409.50 -> 人民币壹仟肆佰零玖元伍角).
#include "clicommand.h"
#include "money.h"

int runAmount(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write amounts in yuan (e.g. 1409.50, 1,234.5, ¥80) in Chinese capitals, one "
              "per line. Exits 1 if an amount cannot be read."));
    parser.addPositionalArgument(QStringLiteral("AMOUNT"), Cli::tr("Amounts in yuan."),
                                 QStringLiteral("AMOUNT..."));
    if (int code = parseCommandLine(parser, args, io, QStringLiteral("amount AMOUNT..."),
                                    Positionals::Allowed); code >= 0)
        return code;
    const QStringList amounts = parser.positionalArguments();
    if (amounts.isEmpty()) {
        io.err << Cli::tr("bangfu-cli amount: give at least one amount.") << Qt::endl;
        return ExitUsage;
    }
    int exit = ExitOk;
    for (const QString &text : amounts) {
        auto money = Money::parse(text);
        if (money) {
            io.out << money->toCapitals() << Qt::endl;
        } else {
            fail(io, {money.error().message, Cli::tr("amount \"%1\"").arg(text)});
            exit = ExitUserError;
        }
    }
    return exit;
}
