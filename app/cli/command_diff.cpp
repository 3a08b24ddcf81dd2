#include "command_diff.h"

#include "cli_common.h"

#include "diff/diff_engine.h"
#include "diff/value_contract.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace tidemark::cli {

namespace {

QStringList commaList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

std::string textReport(const diff::DiffResult &r)
{
    auto n = [](qint64 v) { return std::to_string(v); };
    std::string out;
    out += "A: " + r.tableA.toStdString() + "\nB: " + r.tableB.toStdString() + "\n";
    out += "key: " + r.key.join(QStringLiteral(", ")).toStdString()
        + "   algorithm: " + r.algorithm.toStdString() + "\n\n";
    out += "rows          A: " + n(r.rows.a) + "   B: " + n(r.rows.b) + "\n";
    out += "only in A     " + n(r.rows.exclusiveA) + "\n";
    out += "only in B     " + n(r.rows.exclusiveB) + "\n";
    out += "updated       " + n(r.rows.updated) + "\n";
    out += "unchanged     " + n(r.rows.unchanged) + "\n";
    if (r.primaryKey.nullA || r.primaryKey.nullB || r.primaryKey.duplicateA
        || r.primaryKey.duplicateB) {
        out += "NULL keys     A: " + n(r.primaryKey.nullA) + "   B: " + n(r.primaryKey.nullB)
            + "\n";
        out += "duplicate keys A: " + n(r.primaryKey.duplicateA)
            + "   B: " + n(r.primaryKey.duplicateB) + "\n";
    }
    if (!r.schema.onlyA.isEmpty())
        out += "columns only in A: " + r.schema.onlyA.join(QStringLiteral(", ")).toStdString()
            + "\n";
    if (!r.schema.onlyB.isEmpty())
        out += "columns only in B: " + r.schema.onlyB.join(QStringLiteral(", ")).toStdString()
            + "\n";
    for (const auto &t : r.schema.typeChanged)
        out += "type changed: " + t.column.toStdString() + " " + t.a.toStdString() + " -> "
            + t.b.toStdString() + "\n";
    out += "\ncolumn                         differing   match %   compared as\n";
    for (const auto &c : r.columns) {
        std::string name = c.name.toStdString();
        if (name.size() < 30)
            name.resize(30, ' ');
        char pct[32];
        std::snprintf(pct, sizeof pct, "%9.3f", c.matchPct);
        std::string diffCount = n(c.different);
        if (diffCount.size() < 10)
            diffCount.insert(0, 10 - diffCount.size(), ' ');
        out += name + " " + diffCount + "  " + pct + "   " + c.comparedAs.toStdString() + "\n";
    }
    char score[64];
    std::snprintf(score, sizeof score, "%.4f", r.matchScore);
    out += std::string("\nmatch score   ") + score + " %\n";
    for (const QString &w : r.warnings)
        out += "warning: " + w.toStdString() + "\n";
    return out;
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption key({QStringLiteral("k"), QStringLiteral("key")},
                                 Tr::tr("Key column(s), comma-separated."), Tr::tr("KEY"));
    const QCommandLineOption columns({QStringLiteral("c"), QStringLiteral("columns")},
                                     Tr::tr("Compare only these columns."), Tr::tr("COLS"));
    const QCommandLineOption exclude(QStringLiteral("exclude-columns"),
                                     Tr::tr("Do not compare these columns."), Tr::tr("COLS"));
    const QCommandLineOption where({QStringLiteral("w"), QStringLiteral("where")},
                                   Tr::tr("SQL filter applied to both tables."), Tr::tr("SQL"));
    const QCommandLineOption algorithm(
        QStringLiteral("algorithm"),
        Tr::tr("auto (join on one connection, hash across two), join or hash."),
        Tr::tr("ALGORITHM"));
    const QCommandLineOption tolerance(
        QStringLiteral("tolerance"),
        Tr::tr("Numeric tolerance for a column: COL=abs:X or COL=rel:X (repeatable)."),
        Tr::tr("COL=MODE:X"));
    const QCommandLineOption precision(
        QStringLiteral("timestamp-precision"),
        Tr::tr("Compare timestamps to N fractional digits (0 = seconds, 6 = microseconds)."),
        Tr::tr("N"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Tr::tr("Rows per sample (default 10)."), Tr::tr("N"));
    const QCommandLineOption limit(QStringLiteral("limit-download"),
                                   Tr::tr("Stop after downloading N rows."), Tr::tr("N"));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"),
                                       Tr::tr("Stop after S seconds."), Tr::tr("S"));
    const QCommandLineOption profiles(
        QStringLiteral("profiles"),
        Tr::tr("Also profile every column (count, nulls, distinct, min, max, mean)."));
    const QCommandLineOption caseInsensitive(QStringLiteral("case-insensitive"),
                                             Tr::tr("Compare strings ignoring case."));
    const QCommandLineOption nullEmpty(QStringLiteral("null-equals-empty"),
                                       Tr::tr("Treat NULL and empty strings as equal."));
    const QCommandLineOption sampling(QStringLiteral("sampling"),
                                      Tr::tr("Compare a random sample of keys when the tables are "
                                             "large (see the sampling options)."));
    const QCommandLineOption samplingTolerance(
        QStringLiteral("sampling-tolerance"),
        Tr::tr("Share of rows with key problems that may go unseen (default 0.00001)."),
        Tr::tr("X"));
    const QCommandLineOption samplingConfidence(QStringLiteral("sampling-confidence"),
                                                Tr::tr("Confidence in percent (default 99)."),
                                                Tr::tr("X"));
    const QCommandLineOption samplingThreshold(
        QStringLiteral("sampling-threshold"),
        Tr::tr("Tables with fewer rows are compared in full (default 1000000)."), Tr::tr("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: json (default) or text."),
                                    Tr::tr("FORMAT"));
    parser.addOptions({key, columns, exclude, where, algorithm, tolerance, precision, sample, limit,
                       timeLimit, profiles, caseInsensitive, nullEmpty, sampling, samplingTolerance,
                       samplingConfidence, samplingThreshold, format});
    parser.addPositionalArgument(
        QStringLiteral("URL1"),
        Tr::tr("Connection of table 1 (postgresql://, mysql://, sqlite://, odbc://)."));
    parser.addPositionalArgument(QStringLiteral("TABLE1"), Tr::tr("Table 1 (A, production)."));
    parser.addPositionalArgument(QStringLiteral("[URL2]"),
                                 Tr::tr("Connection of table 2, when it is another one."));
    parser.addPositionalArgument(QStringLiteral("TABLE2"), Tr::tr("Table 2 (B, pull request)."));
    if (auto done = parseCommand(
            parser, arguments,
            Tr::tr("Diff two tables: on one connection inside the database (join), across two "
                   "connections by checksums of key ranges (hash). The password may come from "
                   "TIDEMARK_PASSWORD.")))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 && positional.size() != 4)
        return fail(Tr::tr("diff needs URL1 TABLE1 [URL2] TABLE2 (see --help)"));
    if (!parser.isSet(key))
        return fail(Tr::tr("diff needs the key: -k COLUMN[,COLUMN...]"));
    const auto fmt = formatOption(parser, QStringLiteral("format"),
                                  {QStringLiteral("json"), QStringLiteral("text")});
    if (!fmt)
        return fail(Tr::tr("unknown --format \"%1\": use json or text").arg(parser.value(format)));

    const QString password
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("TIDEMARK_PASSWORD"));
    diff::DiffRequest request;
    auto urlA = warehouse::parseConnectionUrl(positional.at(0), password);
    if (!urlA)
        return fail(urlA.errorMessage());
    request.connectionA = *urlA;
    auto tableA = warehouse::parseTableName(positional.at(1));
    if (!tableA)
        return fail(tableA.errorMessage());
    request.tableA = *tableA;
    if (positional.size() == 4) {
        auto urlB = warehouse::parseConnectionUrl(positional.at(2), password);
        if (!urlB)
            return fail(urlB.errorMessage());
        request.connectionB = *urlB;
    }
    auto tableB = warehouse::parseTableName(positional.last());
    if (!tableB)
        return fail(tableB.errorMessage());
    request.tableB = *tableB;

    diff::DiffOptions &o = request.options;
    o.key = commaList(parser.values(key));
    o.includeColumns = commaList(parser.values(columns));
    o.excludeColumns = commaList(parser.values(exclude));
    o.where = parser.value(where);
    const QString algo = parser.value(algorithm);
    if (algo.isEmpty() || algo == QLatin1String("auto"))
        o.algorithm = diff::Algorithm::Auto;
    else if (algo == QLatin1String("join"))
        o.algorithm = diff::Algorithm::Join;
    else if (algo == QLatin1String("hash"))
        o.algorithm = diff::Algorithm::Hash;
    else
        return fail(Tr::tr("unknown --algorithm \"%1\": use auto, join or hash").arg(algo));
    for (const QString &t : parser.values(tolerance)) {
        const auto parsed = diff::parseTolerance(t);
        if (!parsed)
            return fail(QStringLiteral("--") + parsed.errorMessage());
        o.tolerances.insert(parsed->first, parsed->second);
    }
    const auto prec = countOption(parser, QStringLiteral("timestamp-precision"), -1);
    if (!prec || *prec > 6)
        return fail(Tr::tr("--timestamp-precision takes a number of digits from 0 to 6"));
    o.timestampPrecision = *prec;
    const auto sampleSize = countOption(parser, QStringLiteral("sample"), 10);
    if (!sampleSize)
        return fail(Tr::tr("--sample takes a number of rows, 0 or more"));
    o.sampleSize = *sampleSize;
    bool ok = true;
    if (parser.isSet(limit)) {
        o.limitDownload = parser.value(limit).toLongLong(&ok);
        if (!ok || o.limitDownload <= 0)
            return fail(Tr::tr("--limit-download takes a number of rows, 1 or more"));
    }
    const auto seconds = countOption(parser, QStringLiteral("time-limit"), 0);
    if (!seconds)
        return fail(Tr::tr("--time-limit takes a number of seconds"));
    o.timeLimitSeconds = *seconds;
    o.profiles = parser.isSet(profiles);
    o.caseInsensitiveStrings = parser.isSet(caseInsensitive);
    o.nullEqualsEmptyString = parser.isSet(nullEmpty);
    o.sampling.enabled = parser.isSet(sampling);
    if (parser.isSet(samplingTolerance)) {
        o.sampling.tolerance = parser.value(samplingTolerance).toDouble(&ok);
        if (!ok || o.sampling.tolerance <= 0 || o.sampling.tolerance >= 1)
            return fail(
                Tr::tr("--sampling-tolerance takes a fraction between 0 and 1, such as 0.00001"));
    }
    if (parser.isSet(samplingConfidence)) {
        o.sampling.confidence = parser.value(samplingConfidence).toDouble(&ok);
        if (!ok || o.sampling.confidence <= 0 || o.sampling.confidence >= 100)
            return fail(
                Tr::tr("--sampling-confidence takes a percentage between 0 and 100, such as 99"));
    }
    if (parser.isSet(samplingThreshold)) {
        o.sampling.threshold = parser.value(samplingThreshold).toLongLong(&ok);
        if (!ok || o.sampling.threshold < 0)
            return fail(Tr::tr("--sampling-threshold takes a number of rows"));
    }

    diff::DiffControl control;
    const InterruptCancels interrupts(control);
    auto result = diff::runDiff(request, &control);
    if (!result)
        return fail(result.errorMessage());
    if (*fmt == QLatin1String("text"))
        printOut(textReport(*result));
    else
        printOut(result->toJson().dump(2));
    return Success;
}

} // namespace tidemark::cli
