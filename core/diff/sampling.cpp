#include "diff/sampling.h"

#include <algorithm>
#include <cmath>

namespace tidemark::diff {

namespace {

// The two-sided normal quantile for a confidence in percent (Acklam's rational approximation of
// the inverse normal CDF; accurate to about 1e-9).
double zFor(double confidence)
{
    const double p = 1.0 - (1.0 - std::clamp(confidence, 50.0, 99.9999) / 100.0) / 2.0;
    static const double a[]
        = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
           1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[]
        = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
           6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[]
        = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
           -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double pHigh = 1 - 0.02425;
    if (p > pHigh) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace

qint64 sampleSize(const Sampling &sampling)
{
    const double tolerance = std::clamp(sampling.tolerance, 1e-12, 0.5);
    const double confidence = std::clamp(sampling.confidence, 1.0, 99.9999) / 100.0;
    return qint64(std::ceil(std::log(1.0 - confidence) / std::log(1.0 - tolerance)));
}

std::optional<double> sampleFraction(const Sampling &sampling, qint64 rows)
{
    if (!sampling.enabled || rows < sampling.threshold || rows <= 0)
        return std::nullopt;
    const double fraction = double(sampleSize(sampling)) / double(rows);
    if (fraction >= 0.5)
        return std::nullopt; // sampling would save little; compare everything
    return fraction;
}

QString sampleFilter(const warehouse::Dialect &dialect,
                     const std::vector<warehouse::ColumnInfo> &keys, double fraction)
{
    QStringList parts;
    for (const auto &k : keys) {
        parts << QStringLiteral("COALESCE(%1, '')")
                     .arg(dialect.canonicalText(dialect.quote(k.name), k))
              << QStringLiteral("'|'");
    }
    parts.removeLast();
    const qint64 cutoff = qint64(fraction * double(qint64(1) << 60));
    return QStringLiteral("%1 < %2").arg(dialect.hash64(dialect.concat(parts)),
                                         QString::number(cutoff));
}

std::pair<double, double> wilsonInterval(qint64 successes, qint64 trials, double confidence)
{
    if (trials <= 0)
        return {0.0, 1.0};
    const double z = zFor(confidence);
    const double n = double(trials);
    const double phat = double(successes) / n;
    const double denom = 1 + z * z / n;
    const double centre = (phat + z * z / (2 * n)) / denom;
    const double half = z * std::sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

void describeSample(DiffResult &result, const Sampling &sampling, double fraction,
                    qint64 totalRowsA, qint64 totalRowsB)
{
    const qint64 matched = result.rows.updated + result.rows.unchanged;
    const double scale = double(totalRowsA) / double(std::max<qint64>(1, result.rows.a));
    auto estimate = [&](qint64 observed, qint64 trials, double rowsTotal) {
        const auto [lo, hi] = wilsonInterval(observed, trials, sampling.confidence);
        const double share = trials > 0 ? double(observed) / double(trials) : 0.0;
        return nlohmann::json {
            {"observed", observed},
            {"estimate", std::llround(share * rowsTotal)},
            {"interval",
             {{"min", std::llround(lo * rowsTotal)}, {"max", std::llround(hi * rowsTotal)}}}};
    };
    const double matchedTotal = double(matched) * scale;
    nlohmann::json columns = nlohmann::json::array();
    for (const ColumnDiff &c : result.columns) {
        nlohmann::json e = estimate(c.different, matched, matchedTotal);
        e["name"] = c.name.toStdString();
        columns.push_back(std::move(e));
    }
    result.sampling = {
        {"enabled", true},
        {"tolerance", sampling.tolerance},
        {"confidence", sampling.confidence},
        {"sample_fraction", fraction},
        {"table_rows", {{"a", totalRowsA}, {"b", totalRowsB}}},
        {"sampled_rows", {{"a", result.rows.a}, {"b", result.rows.b}}},
        {"updated", estimate(result.rows.updated, matched, matchedTotal)},
        {"exclusive_a", estimate(result.rows.exclusiveA, result.rows.a, double(totalRowsA))},
        {"exclusive_b", estimate(result.rows.exclusiveB, result.rows.b, double(totalRowsB))},
        {"columns", columns},
    };
}

} // namespace tidemark::diff
