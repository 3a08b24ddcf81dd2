#include "ci/pipeline_result.h"
#include "common/translation.h"
#include "diff/value_json.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace tidemark::ci {

namespace {

const char *stateName(ModelOutcome::State s)
{
    switch (s) {
    case ModelOutcome::State::Diffed: return "diffed";
    case ModelOutcome::State::Failed: return "failed";
    case ModelOutcome::State::Skipped: return "skipped";
    case ModelOutcome::State::Waiting: return "waiting";
    }
    return "skipped";
}

// Markdown table cells: pipes and line breaks would break the table.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString number(qint64 n)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(n);
}

QString rerunLink(const PipelineResult &r, const std::string &uniqueId)
{
    QUrl url;
    url.setScheme(QStringLiteral("tidemark"));
    url.setHost(QStringLiteral("rerun"));
    url.setQuery(
        QStringLiteral("integration=%1&pr=%2&model=%3")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(r.integration)))
            .arg(r.prNumber)
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(uniqueId)))));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

bool ModelOutcome::hasPrimaryKeyIssues() const
{
    return result
        && (result->primaryKey.nullA + result->primaryKey.nullB + result->primaryKey.duplicateA
            + result->primaryKey.duplicateB)
        > 0;
}

nlohmann::json GateOutcome::toJson() const
{
    return {{"passed", passed},
            {"reason", reason.toStdString()},
            {"changed_files", diff::stringsToJson(changedFiles)},
            {"ignored_files", diff::stringsToJson(ignoredFiles)}};
}

nlohmann::json ModelOutcome::toJson() const
{
    nlohmann::json out = {{"unique_id", uniqueId},
                          {"name", name},
                          {"state", stateName(state)},
                          {"note", note.toStdString()}};
    out["diff"] = result ? result->toJson() : nlohmann::json(nullptr);
    return out;
}

const char *toString(CheckState state)
{
    switch (state) {
    case CheckState::Success: return "success";
    case CheckState::Failure: return "failure";
    case CheckState::Pending: return "pending";
    case CheckState::Skipped: return "skipped";
    }
    return "skipped";
}

nlohmann::json PipelineResult::toJson() const
{
    nlohmann::json models_ = nlohmann::json::array();
    for (const ModelOutcome &m : models)
        models_.push_back(m.toJson());
    return {
        {"integration", integration.toStdString()},
        {"pr", prNumber},
        {"head_sha", headSha.toStdString()},
        {"base_branch", baseBranch.toStdString()},
        {"prod_source", prodSource.toStdString()},
        {"pr_source", prSource.toStdString()},
        {"gates", gates.toJson()},
        {"changes", plan ? plan->toJson() : nlohmann::json(nullptr)},
        {"diffs", models_},
        {"check", {{"state", toString(check)}, {"description", checkDescription.toStdString()}}},
    };
}

QString pullRequestComment(const PipelineResult &r)
{
    QString md = QString::fromLatin1(kCommentMarker) + QLatin1Char('\n');
    const QString icon = r.check == CheckState::Success ? QStringLiteral("\u2705")
        : r.check == CheckState::Failure                ? QStringLiteral("\u274C")
        : r.check == CheckState::Pending                ? QStringLiteral("\u23F8\uFE0F")
                                                        : QStringLiteral("\u2796");
    md += Tr::tr("## %1 Tidemark data diff: %2\n\n").arg(icon, r.checkDescription);
    if (!r.gates.passed) {
        md += Tr::tr("CI did not run for this pull request: %1\n").arg(r.gates.reason);
        return md;
    }
    md += Tr::tr("Head `%1` compared with production (%2).\n\n")
              .arg(r.headSha.left(12), r.prodSource);

    std::vector<const ModelOutcome *> diffed;
    std::vector<const ModelOutcome *> other;
    for (const ModelOutcome &m : r.models)
        (m.state == ModelOutcome::State::Diffed ? diffed : other).push_back(&m);

    if (!diffed.empty()) {
        md += Tr::tr("| Model | Key | Rows A | Rows B | Only in A | Only in B | Updated | Schema "
                     "changes | % values changed | Primary key issues | |\n");
        md += QStringLiteral("|---|---|--:|--:|--:|--:|--:|---|--:|---|---|\n");
        for (const ModelOutcome *m : diffed) {
            const diff::DiffResult &d = *m->result;
            QStringList schema;
            if (!d.schema.onlyA.isEmpty())
                schema << Tr::tr("removed: %1").arg(d.schema.onlyA.join(QStringLiteral(", ")));
            if (!d.schema.onlyB.isEmpty())
                schema << Tr::tr("added: %1").arg(d.schema.onlyB.join(QStringLiteral(", ")));
            for (const auto &t : d.schema.typeChanged)
                schema << Tr::tr("%1: %2 \u2192 %3").arg(t.column, t.a, t.b);
            qint64 cells = 0;
            qint64 changed = 0;
            const qint64 matched = d.rows.updated + d.rows.unchanged;
            for (const auto &c : d.columns) {
                cells += matched;
                changed += c.different;
            }
            const QString pct = cells > 0
                ? QString::number(100.0 * double(changed) / double(cells), 'f', 2)
                    + QLatin1Char('%')
                : QStringLiteral("\u2013");
            QStringList pk;
            if (d.primaryKey.nullA || d.primaryKey.nullB)
                pk << Tr::tr("NULL keys A %1, B %2")
                          .arg(d.primaryKey.nullA)
                          .arg(d.primaryKey.nullB);
            if (d.primaryKey.duplicateA || d.primaryKey.duplicateB)
                pk << Tr::tr("duplicate keys A %1, B %2")
                          .arg(d.primaryKey.duplicateA)
                          .arg(d.primaryKey.duplicateB);
            md += QStringLiteral(
                      "| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | [%11](%12) |\n")
                      .arg(cell(QString::fromStdString(m->name)),
                           cell(d.key.join(QStringLiteral(", "))), number(d.rows.a),
                           number(d.rows.b), number(d.rows.exclusiveA), number(d.rows.exclusiveB),
                           number(d.rows.updated),
                           cell(schema.isEmpty() ? Tr::tr("none")
                                                 : schema.join(QStringLiteral("; "))),
                           pct, cell(pk.isEmpty() ? Tr::tr("none") : pk.join(QStringLiteral("; "))),
                           Tr::tr("re-run"), rerunLink(r, m->uniqueId));
        }
        md += QLatin1Char('\n');
    }
    if (!other.empty()) {
        md += Tr::tr("**Not diffed**\n\n");
        for (const ModelOutcome *m : other) {
            const QString state = m->state == ModelOutcome::State::Failed ? Tr::tr("failed")
                : m->state == ModelOutcome::State::Waiting ? Tr::tr("waiting for a person")
                                                           : Tr::tr("skipped");
            md += QStringLiteral("- `%1`: %2 (%3) \u2013 [%4](%5)\n")
                      .arg(QString::fromStdString(m->name), state, cell(m->note), Tr::tr("run it"),
                           rerunLink(r, m->uniqueId));
        }
        md += QLatin1Char('\n');
    }
    if (r.plan) {
        QStringList impacted;
        for (const auto &uid : r.plan->impacted) {
            const bool covered
                = std::any_of(r.models.begin(), r.models.end(),
                              [&uid](const ModelOutcome &m) { return m.uniqueId == uid; });
            if (!covered)
                impacted << QStringLiteral("`%1`").arg(QString::fromStdString(uid));
        }
        if (!impacted.isEmpty())
            md += Tr::tr("**Impacted downstream, not diffed:** %1\n\n")
                      .arg(impacted.join(QStringLiteral(", ")));
        if (!r.plan->impactedExposures.empty()) {
            QStringList exposures;
            for (const auto &uid : r.plan->impactedExposures)
                exposures << QStringLiteral("`%1`").arg(QString::fromStdString(uid));
            md += Tr::tr("**Exposures affected:** %1\n\n")
                      .arg(exposures.join(QStringLiteral(", ")));
        }
    }
    md += Tr::tr("<sub>Re-run everything with `tidemark-cli ci --integration FILE --pr %1 "
                 "--rerun`.</sub>\n")
              .arg(r.prNumber);
    return md;
}

} // namespace tidemark::ci
