#include "results/overview_tab.h"

#include "results/result_widgets.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using namespace widgets;

namespace {

QString colored(const char *color)
{
    return QStringLiteral("color: %1;").arg(QLatin1String(color));
}

// A card's title: bold, in the muted colour.
QLabel *cardTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kMutedText)));
    return label;
}

// The grid of a card of counts, its title over the first `titleSpan` columns.
QGridLayout *countsGrid(QFrame *card, const QString &title, int titleSpan)
{
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    grid->addWidget(cardTitle(title, card), 0, 0, 1, titleSpan);
    return grid;
}

// A count in a card: bold, right-aligned.
QLabel *countLabel(const char *objectName, QWidget *parent)
{
    auto *value = new QLabel(parent);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont f = value->font();
    f.setBold(true);
    value->setFont(f);
    return value;
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    auto *scoreCard = card(page);
    auto *scoreLayout = new QVBoxLayout(scoreCard);
    scoreLayout->setContentsMargins(20, 16, 20, 16);
    auto *scoreTitle = cardTitle(tr("Match Score"), scoreCard);
    m_matchScore = new QLabel(scoreCard);
    m_matchScore->setObjectName(QStringLiteral("matchScoreLabel"));
    QFont big = m_matchScore->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_matchScore->setFont(big);
    auto *matchCaption = new QLabel(tr("of all cells equal in prod and PR"), scoreCard);
    matchCaption->setStyleSheet(colored(kMutedText));
    matchCaption->setWordWrap(true);
    scoreLayout->addWidget(scoreTitle);
    scoreLayout->addWidget(m_matchScore);
    scoreLayout->addWidget(matchCaption);
    scoreLayout->addStretch(1);
    scoreCard->setMinimumWidth(260);
    top->addWidget(scoreCard);

    auto *rowsCard = card(page);
    auto *grid = countsGrid(rowsCard, tr("Rows"), 3);
    const QString names[6] = {tr("In prod"),    tr("In PR"),   tr("Only in prod"),
                              tr("Only in PR"), tr("Changed"), tr("Unchanged")};
    const char *objectNames[6] = {"countRowsA", "countRowsB",   "countOnlyA",
                                  "countOnlyB", "countChanged", "countUnchanged"};
    for (int i = 0; i < 6; ++i) {
        auto *name = new QLabel(names[i], rowsCard);
        auto *value = countLabel(objectNames[i], rowsCard);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *shareLabel = new QLabel(rowsCard);
        shareLabel->setObjectName(QString::fromLatin1(objectNames[i])
                                      .replace(QLatin1String("count"), QLatin1String("share")));
        shareLabel->setStyleSheet(colored(kMutedText));
        grid->addWidget(name, i + 1, 0);
        grid->addWidget(value, i + 1, 1);
        grid->addWidget(shareLabel, i + 1, 2);
        m_counts[i] = {value, shareLabel};
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(7, 1);
    top->addWidget(rowsCard, 3);

    auto *columnsCard = card(page);
    auto *columnsGrid = countsGrid(columnsCard, tr("Columns"), 2);
    const QString columnNames[5] = {tr("Compared"), tr("With differences"), tr("Only in prod"),
                                    tr("Only in PR"), tr("Type changed")};
    const char *columnObjects[5] = {"columnsCompared", "columnsDiffering", "columnsOnlyA",
                                    "columnsOnlyB", "columnsTypeChanged"};
    for (int i = 0; i < 5; ++i) {
        columnsGrid->addWidget(new QLabel(columnNames[i], columnsCard), i + 1, 0);
        m_columnCounts[i] = countLabel(columnObjects[i], columnsCard);
        columnsGrid->addWidget(m_columnCounts[i], i + 1, 1);
    }
    columnsGrid->setColumnStretch(0, 1);
    columnsGrid->setRowStretch(6, 1);
    top->addWidget(columnsCard, 2);
    layout->addLayout(top);

    m_incompleteBanner = banner(QStringLiteral("incompleteBanner"), QStringLiteral("#fff4e0"),
                                QStringLiteral("#e8b15a"), page);
    m_samplingBanner = banner(QStringLiteral("samplingBanner"), QStringLiteral("#eaf2fd"),
                              QStringLiteral("#8fb3e8"), page);
    layout->addWidget(m_incompleteBanner);
    layout->addWidget(m_samplingBanner);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(10);
    m_keySummary = bodyLabel(QStringLiteral("keySummaryLabel"), page);
    m_schemaSummary = bodyLabel(QStringLiteral("schemaSummaryLabel"), page);
    m_warnings = bodyLabel(QStringLiteral("warningsLabel"), page);
    m_warningsTitle = sectionTitle(tr("Warnings"), page);
    m_runSummary = bodyLabel(QStringLiteral("runSummaryLabel"), page);
    m_runSummary->setStyleSheet(colored(kMutedText));
    details->addWidget(sectionTitle(tr("Primary key"), page), 0, 0, Qt::AlignTop);
    details->addWidget(m_keySummary, 0, 1);
    details->addWidget(sectionTitle(tr("Schema"), page), 1, 0, Qt::AlignTop);
    details->addWidget(m_schemaSummary, 1, 1);
    details->addWidget(m_warningsTitle, 2, 0, Qt::AlignTop);
    details->addWidget(m_warnings, 2, 1);
    details->addWidget(sectionTitle(tr("Run"), page), 3, 0, Qt::AlignTop);
    details->addWidget(m_runSummary, 3, 1);
    details->setColumnStretch(1, 1);
    layout->addLayout(details);
    layout->addStretch(1);
    setWidget(page);
}

void OverviewTab::setResult(const diff::DiffResult &r)
{
    double shown = r.matchScore;
    if (shown < 100.0 && shown > 99.99)
        shown = 99.99;
    m_matchScore->setText(percent(shown));
    m_matchScore->setStyleSheet(QStringLiteral("color: %1;").arg(scoreColor(r.matchScore)));

    const qint64 matched = r.rows.updated + r.rows.unchanged;
    const qint64 values[6] = {r.rows.a,          r.rows.b,       r.rows.exclusiveA,
                              r.rows.exclusiveB, r.rows.updated, r.rows.unchanged};
    const QString shares[6] = {
        QString(),
        r.rows.a > 0 ? tr("%1 vs prod")
                           .arg((r.rows.b >= r.rows.a ? QStringLiteral("+") : QString())
                                + percent(share(r.rows.b - r.rows.a, r.rows.a)))
                     : QString(),
        tr("%1 of prod rows").arg(percent(share(r.rows.exclusiveA, r.rows.a))),
        tr("%1 of PR rows").arg(percent(share(r.rows.exclusiveB, r.rows.b))),
        tr("%1 of matched rows").arg(percent(share(r.rows.updated, matched))),
        tr("%1 of matched rows").arg(percent(share(r.rows.unchanged, matched))),
    };
    const bool changes[6]
        = {false, false, r.rows.exclusiveA > 0, r.rows.exclusiveB > 0, r.rows.updated > 0, false};
    for (int i = 0; i < 6; ++i) {
        m_counts[i].value->setText(number(values[i]));
        m_counts[i].share->setText(shares[i]);
        m_counts[i].value->setStyleSheet(changes[i] ? colored(kBad) : QString());
    }

    int differingColumns = 0;
    for (const diff::ColumnDiff &c : r.columns)
        differingColumns += c.different > 0 ? 1 : 0;
    const qint64 columnValues[5]
        = {qint64(r.columns.size()), differingColumns, r.schema.onlyA.size(), r.schema.onlyB.size(),
           qint64(r.schema.typeChanged.size())};
    for (int i = 0; i < 5; ++i) {
        m_columnCounts[i]->setText(number(columnValues[i]));
        m_columnCounts[i]->setStyleSheet(i > 0 && columnValues[i] > 0 ? colored(kBad) : QString());
    }

    showKey(r);
    showSchema(r.schema);

    m_warnings->setText(r.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!r.warnings.isEmpty());
    m_warningsTitle->setVisible(!r.warnings.isEmpty());

    const QString algorithm = r.algorithm == QLatin1String("hash")
        ? tr("Hash diff (across connections)")
        : tr("Join diff (one connection)");
    m_runSummary->setText(tr("%1 · key %2 · %3 s · %4 rows downloaded")
                              .arg(algorithm, r.key.join(QStringLiteral(", ")),
                                   QLocale().toString(double(r.durationMs) / 1000.0, 'f', 2),
                                   number(r.rowsDownloaded)));

    m_incompleteBanner->setText(tr("Incomplete: a limit stopped this diff early, so the counts "
                                   "cover only the rows compared before it "
                                   "stopped."));
    m_incompleteBanner->setVisible(!r.complete);
    showSampling(r);
}

void OverviewTab::clear()
{
    m_matchScore->clear();
    for (const CountRow &row : m_counts) {
        row.value->clear();
        row.share->clear();
    }
    for (QLabel *count : m_columnCounts)
        count->clear();
    for (QLabel *label : {m_keySummary, m_schemaSummary, m_warnings, m_runSummary})
        label->clear();
    m_incompleteBanner->hide();
    m_samplingBanner->hide();
}

void OverviewTab::showKey(const diff::DiffResult &r)
{
    const diff::KeyIssues &k = r.primaryKey;
    if (k.nullA == 0 && k.nullB == 0 && k.duplicateA == 0 && k.duplicateB == 0) {
        m_keySummary->setText(
            tr("%1: unique and never NULL on both sides.").arg(r.key.join(QStringLiteral(", "))));
        return;
    }
    auto side = [](const QString &name, qint64 nulls, qint64 dups, qint64 dupRows) {
        return tr("%1: %2 rows with a NULL key, %3 duplicated key values (%4 rows)")
            .arg(name, number(nulls), number(dups), number(dupRows));
    };
    m_keySummary->setText(tr("%1 has problems (see Primary keys). %2; %3.")
                              .arg(r.key.join(QStringLiteral(", ")),
                                   side(tr("prod"), k.nullA, k.duplicateA, k.duplicateRowsA),
                                   side(tr("PR"), k.nullB, k.duplicateB, k.duplicateRowsB)));
}

void OverviewTab::showSchema(const diff::SchemaDiff &s)
{
    QStringList schema;
    schema << tr("%1 columns in prod, %2 in PR.").arg(s.columnsA).arg(s.columnsB);
    if (!s.onlyA.isEmpty())
        schema << tr("Only in prod: %1.").arg(s.onlyA.join(QStringLiteral(", ")));
    if (!s.onlyB.isEmpty())
        schema << tr("Only in PR: %1.").arg(s.onlyB.join(QStringLiteral(", ")));
    if (!s.typeChanged.empty()) {
        QStringList types;
        for (const diff::TypeChange &t : s.typeChanged)
            types << tr("%1 (%2 → %3)").arg(t.column, t.a, t.b);
        schema << tr("Type changed: %1.").arg(types.join(QStringLiteral(", ")));
    }
    if (s.orderChanged)
        schema << tr("The shared columns stand in another order.");
    if (s.onlyA.isEmpty() && s.onlyB.isEmpty() && s.typeChanged.empty() && !s.orderChanged)
        schema << tr("Same columns and types on both sides.");
    m_schemaSummary->setText(schema.join(QLatin1Char(' ')));
}

void OverviewTab::showSampling(const diff::DiffResult &r)
{
    if (!r.sampling.is_object() || !r.sampling.value("enabled", false)) {
        m_samplingBanner->hide();
        return;
    }
    const double fraction = r.sampling.value("sample_fraction", 1.0);
    QStringList estimates;
    const std::pair<const char *, QString> fields[] = {{"updated", tr("changed")},
                                                       {"exclusive_a", tr("only in prod")},
                                                       {"exclusive_b", tr("only in PR")}};
    for (const auto &[field, label] : fields) {
        const auto e = r.sampling.value(field, nlohmann::json());
        if (!e.is_object() || !e.contains("estimate"))
            continue;
        const auto interval = e.value("interval", nlohmann::json::object());
        estimates << tr("%1 ≈ %2 (%3 – %4)")
                         .arg(label, number(e.value("estimate", qint64(0))),
                              number(interval.value("min", qint64(0))),
                              number(interval.value("max", qint64(0))));
    }
    QString text = tr("Sampled: %1 of the rows were compared.").arg(percent(100.0 * fraction, 3));
    if (!estimates.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("Estimates for the whole tables at %1 confidence: %2.")
                  .arg(percent(r.sampling.value("confidence", 99.0), 0),
                       estimates.join(QStringLiteral(", ")));
    }
    m_samplingBanner->setText(text);
    m_samplingBanner->show();
}

} // namespace tidemark::ui::results
