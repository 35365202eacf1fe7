// bangfu-cli claim quote: what a mutual-aid claim pays and why, asked at the
// door with a plan file and the member's invoices — no database is opened or
// created, so it runs on any laptop. The facts not given are assumed as
// PayoutQuotes documents and said in the output. A refused claim is an
// answer (exit 0, its reason in the trace); a plan file that cannot be used
// or holds no such plan is a user error (1); options that cannot be read are
// bad usage (2).
#include "clicommand.h"
#include "maplanjson.h"
#include "payoutquote.h"

#include <algorithm>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

struct QuoteOptions
{
    QCommandLineOption plan{QStringLiteral("plan"),
                            Cli::tr("The plan file (JSON, see docs/mutual-aid-plans.md)."),
                            Cli::tr("FILE.json")};
    QCommandLineOption product{QStringLiteral("product"),
                               Cli::tr("The plan product: inpatient, listed_disease or women."),
                               Cli::tr("CODE")};
    QCommandLineOption year{QStringLiteral("year"),
                            Cli::tr("The plan year, when the file holds several."),
                            Cli::tr("YEAR")};
    QCommandLineOption name{QStringLiteral("name"),
                            Cli::tr("The plan name, when the file holds several plans of the "
                                    "product in the year."),
                            Cli::tr("NAME")};
    QCommandLineOption share{QStringLiteral("share"),
                             Cli::tr("An invoice's personal share in yuan, e.g. 8,000.00; repeat "
                                     "for several invoices."),
                             Cli::tr("AMOUNT")};
    QCommandLineOption admitted{QStringLiteral("admitted"), Cli::tr("Admitted to hospital on."),
                                Cli::tr("DATE")};
    QCommandLineOption discharged{QStringLiteral("discharged"), Cli::tr("Discharged on."),
                                  Cli::tr("DATE")};
    QCommandLineOption enrolled{QStringLiteral("enrolled"),
                                Cli::tr("Contribution paid on (default: the day before the term "
                                        "starts)."),
                                Cli::tr("DATE")};
    QCommandLineOption submitted{QStringLiteral("submitted"),
                                 Cli::tr("Claim handed in on (default: today)."), Cli::tr("DATE")};
    QCommandLineOption paidThisTerm{QStringLiteral("paid-this-term"),
                                    Cli::tr("Paid for the member's earlier claims in the term, in "
                                            "yuan (counts towards the cap per term)."),
                                    Cli::tr("AMOUNT")};
    QCommandLineOption shareThisTerm{QStringLiteral("share-this-term"),
                                     Cli::tr("The personal share of those earlier claims, in yuan "
                                             "(they used the deductible per term; default 0)."),
                                     Cli::tr("AMOUNT")};
    QCommandLineOption disease{QStringLiteral("disease"),
                               Cli::tr("The listed-disease code, for lump-sum products."),
                               Cli::tr("CODE")};
    QCommandLineOption json{QStringLiteral("json"),
                            Cli::tr("Print the payout and its steps as JSON.")};
};

const QString Syntax = QStringLiteral(
    "claim quote --plan FILE.json --product CODE [--year YEAR] [--name NAME] "
    "[--share AMOUNT]... "
    "[--admitted DATE] [--discharged DATE] [--enrolled DATE] [--submitted DATE] "
    "[--paid-this-term AMOUNT [--share-this-term AMOUNT]] [--disease CODE] [--json]");

// "2014 inpatient 岳阳市职工医疗互助 2014"
QString choice(const MaPlan &plan)
{
    return QStringLiteral("%1 %2 %3")
        .arg(QString::number(plan.year), MaPlan::productCode(plan.product), plan.name);
}

// The one plan of the file that the options name, or why there is none.
Result<MaPlan> pick(const QList<MaPlan> &plans, const QString &product, std::optional<int> year,
                    const QString &name)
{
    QList<MaPlan> matching;
    QStringList all;
    for (const MaPlan &plan : plans) {
        all.append(choice(plan));
        if (MaPlan::productCode(plan.product) == product && (!year || plan.year == *year) &&
            (name.isEmpty() || plan.name == name.trimmed()))
            matching.append(plan);
    }
    if (matching.size() == 1)
        return matching.constFirst();
    if (matching.isEmpty())
        return Error{(year || !name.isEmpty()
                          ? Cli::tr("The file holds no plan of product %1 with the --year and "
                                    "--name given. Its plans: %2.")
                          : Cli::tr("The file holds no plan of product %1. Its plans: %2."))
                         .arg(product, all.join(QStringLiteral("; ")))};
    QStringList choices;
    bool severalInAYear = false;
    for (const MaPlan &plan : std::as_const(matching)) {
        choices.append(choice(plan));
        severalInAYear = severalInAYear ||
                         std::count_if(matching.begin(), matching.end(),
                                       [&](const MaPlan &p) { return p.year == plan.year; }) > 1;
    }
    return Error{
        (severalInAYear ? Cli::tr("The file holds %1 plans of product %2: %3. Choose "
                                  "one with --year and --name.")
                        : Cli::tr("The file holds %1 plans of product %2: %3. Choose "
                                  "one with --year."))
            .arg(QString::number(matching.size()), product, choices.join(QStringLiteral("; ")))};
}

// Reads the dates and amounts of the options into \a in; an empty string, or
// the usage error's message.
QString readFacts(const QCommandLineParser &parser, const QuoteOptions &o, PayoutQuoteInput &in)
{
    const auto date = [&](const QCommandLineOption &option, QDate &into) -> QString {
        if (!parser.isSet(option))
            return {};
        into = QDate::fromString(parser.value(option), QStringLiteral("yyyy-MM-dd"));
        return into.isValid() ? QString()
                              : Cli::tr("--%1 needs a date written YYYY-MM-DD, e.g. 2014-06-03.")
                                    .arg(option.names().constFirst());
    };
    const auto amount = [&](const QCommandLineOption &option, const QString &text,
                            Money &into) -> QString {
        auto money = Money::parse(text);
        if (!money)
            return Cli::tr("--%1 \"%2\": %3.")
                .arg(option.names().constFirst(), text, money.error().message);
        if (money->fen() < 0)
            return Cli::tr("--%1 \"%2\": the amount cannot be negative.")
                .arg(option.names().constFirst(), text);
        into = *money;
        return {};
    };
    for (const auto &[option, into] :
         {std::pair{&o.admitted, &in.admittedOn}, std::pair{&o.discharged, &in.dischargedOn},
          std::pair{&o.enrolled, &in.paidOn}, std::pair{&o.submitted, &in.submittedOn}})
        if (QString problem = date(*option, *into); !problem.isEmpty())
            return problem;
    for (const QString &text : parser.values(o.share)) {
        Money share;
        if (QString problem = amount(o.share, text, share); !problem.isEmpty())
            return problem;
        in.shares.append(share);
    }
    if (parser.isSet(o.paidThisTerm))
        if (QString problem = amount(o.paidThisTerm, parser.value(o.paidThisTerm), in.paidThisTerm);
            !problem.isEmpty())
            return problem;
    if (parser.isSet(o.shareThisTerm)) {
        Money share;
        if (QString problem = amount(o.shareThisTerm, parser.value(o.shareThisTerm), share);
            !problem.isEmpty())
            return problem;
        in.shareThisTerm = share;
    }
    in.diseaseCode = parser.value(o.disease).trimmed();
    return {};
}

void printPlain(QTextStream &out, const MaPlan &plan, const PayoutQuote &quote)
{
    out << Cli::tr("Plan: %1 (%2, %3), term %4 to %5")
               .arg(plan.name, QString::number(plan.year), MaPlan::productCode(plan.product),
                    plan.termStart.toString(Qt::ISODate), plan.termEnd.toString(Qt::ISODate))
        << "\n";
    for (const QString &assumption : quote.assumptions)
        out << assumption << "\n";
    out << "\n";
    for (const PayoutStep &step : quote.result.trace)
        out << step.text << "\n";
    out << Cli::tr("In capitals: %1").arg(quote.result.payout.toCapitals()) << Qt::endl;
}

int quote(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Say what a mutual-aid claim would pay under a plan of a JSON plan file, step by step, "
        "as the payout engine computes it for a claim on file. No database is opened. Amounts "
        "are yuan, dates YYYY-MM-DD. Without dates the stay is taken as today when the plan "
        "covers today, else as the first day of cover; the output says what was assumed. A "
        "refused claim is an answer too: exit 0, with the reason in the steps. Exits 1 if the "
        "file cannot be used or holds no such plan."));
    const QuoteOptions o;
    parser.addOptions({o.plan, o.product, o.year, o.name, o.share, o.admitted, o.discharged,
                       o.enrolled, o.submitted, o.paidThisTerm, o.shareThisTerm, o.disease,
                       o.json});
    const QString command = args.value(0);
    if (int code = parseCommandLine(parser, args, io, Syntax); code >= 0)
        return code;
    for (const QCommandLineOption *option : {&o.plan, &o.product})
        if (parser.value(*option).trimmed().isEmpty())
            return usageError(io, command,
                              Cli::tr("--%1 is required.").arg(option->names().constFirst()));
    const QString product = parser.value(o.product).trimmed();
    if (!MaPlan::productFromCode(product))
        return usageError(io, command,
                          Cli::tr("--product must be inpatient, listed_disease or women."));
    std::optional<int> year;
    if (parser.isSet(o.year)) {
        bool ok = false;
        year = parser.value(o.year).toInt(&ok);
        if (!ok)
            return usageError(io, command, Cli::tr("--year must be a year such as 2025."));
    }
    PayoutQuoteInput in;
    if (const QString problem = readFacts(parser, o, in); !problem.isEmpty())
        return usageError(io, command, problem);

    const QString path = parser.value(o.plan);
    if (!QFileInfo(path).isFile())
        return fail(io, {Cli::tr("No such file."), path});
    const MaPlanJson::Contents contents = MaPlanJson::readFile(path);
    for (const Error &problem : contents.problems)
        io.err << "bangfu-cli: " << path << ": " << problem.toString() << "\n";
    if (!contents.ok()) {
        io.err << Cli::tr("%n problem(s) found in the plan file.", nullptr,
                          int(contents.problems.size()))
               << Qt::endl;
        return ExitUserError;
    }
    auto plan = pick(contents.plans, product, year, parser.value(o.name));
    if (!plan)
        return fail(io, {plan.error().message, path});
    if (in.shares.isEmpty() && !plan->paysLumpSums())
        return usageError(io, command,
                          Cli::tr("--share is required: this plan pays on the personal share."));

    const PayoutQuote result = PayoutQuotes::compute(*plan, in, QDate::currentDate());
    if (parser.isSet(o.json)) {
        io.out
            << QJsonDocument(PayoutQuotes::toJson(*plan, result)).toJson(QJsonDocument::Indented);
        io.out.flush();
    } else {
        printPlain(io.out, *plan, result);
    }
    return ExitOk;
}

constexpr CliSubcommand Subcommands[] = {
    {"quote", QT_TRANSLATE_NOOP("Cli", "Say what a claim would pay under a plan file, and why"),
     quote},
};

} // namespace

int runClaim(const QStringList &args, CliIo &io)
{
    return runSubcommands(args, io, QStringLiteral("claim"), Subcommands, [](QTextStream &out) {
        out << Cli::tr("Usage: bangfu-cli claim SUBCOMMAND [OPTIONS]") << "\n\n"
            << Cli::tr("Mutual-aid claims: quote a payout at the door, without a database.");
    });
}
