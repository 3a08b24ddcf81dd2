#include "results/primary_keys_tab.h"

#include "results/result_widgets.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using namespace widgets;

PrimaryKeysTab::PrimaryKeysTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    m_headline = bodyLabel(QStringLiteral("keyHeadlineLabel"), this);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_headline->setFont(f);
    layout->addWidget(m_headline);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    m_columns = bodyLabel(QStringLiteral("keyColumnsLabel"), this);
    m_rule = bodyLabel(QStringLiteral("keyRuleLabel"), this);
    form->addWidget(sectionTitle(tr("Key columns"), this), 0, 0, Qt::AlignTop);
    form->addWidget(m_columns, 0, 1);
    form->addWidget(sectionTitle(tr("Found by"), this), 1, 0, Qt::AlignTop);
    form->addWidget(m_rule, 1, 1);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    auto *issues = card(this);
    auto *grid = new QGridLayout(issues);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(6);
    grid->addWidget(sectionTitle(tr("prod"), issues), 0, 1, Qt::AlignRight);
    grid->addWidget(sectionTitle(tr("PR"), issues), 0, 2, Qt::AlignRight);
    const QString rows[3]
        = {tr("Rows with a NULL in the key"), tr("Key values that occur more than once"),
           tr("Rows carrying those duplicated keys")};
    const char *names[6] = {"nullKeysA",      "nullKeysB",      "duplicateKeysA",
                            "duplicateKeysB", "duplicateRowsA", "duplicateRowsB"};
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(new QLabel(rows[r], issues), r + 1, 0);
        for (int side = 0; side < 2; ++side) {
            auto *value = new QLabel(issues);
            value->setObjectName(QString::fromLatin1(names[2 * r + side]));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(value, r + 1, side + 1);
            m_issueValues[2 * r + side] = value;
        }
    }
    auto *issuesRow = new QHBoxLayout;
    issuesRow->addWidget(issues);
    issuesRow->addStretch(1);
    layout->addLayout(issuesRow);

    auto *explanation = bodyLabel(QStringLiteral("keyExplanationLabel"), this);
    explanation->setText(tr("Rows are matched between prod and PR by their key. A row whose key "
                            "has a NULL part, and every row "
                            "whose key value occurs more than once on its side, cannot be matched: "
                            "those rows take no part in the "
                            "value comparison and count against the Match Score. Duplicated keys "
                            "usually mean that the key is "
                            "wrong (set the model's primary key in its YAML) or that the model "
                            "produces duplicates (for example a "
                            "join that fans out)."));
    explanation->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
    layout->addWidget(explanation);
    layout->addStretch(1);
}

void PrimaryKeysTab::setResult(const diff::DiffResult &result, const ModelContext &context)
{
    const diff::KeyIssues &k = result.primaryKey;
    const bool fromPlan = !context.primaryKeyColumns.isEmpty() || !context.primaryKeyRule.isEmpty();
    const QStringList columns
        = context.primaryKeyColumns.isEmpty() ? result.key : context.primaryKeyColumns;
    m_columns->setText(columns.isEmpty() ? tr("none") : columns.join(QStringLiteral(", ")));
    if (fromPlan) {
        QString rule = context.primaryKeyRule;
        if (!context.primaryKeyDetail.isEmpty())
            rule += QStringLiteral(" — ") + context.primaryKeyDetail;
        m_rule->setText(rule);
    } else {
        m_rule->setText(tr("given for this diff"));
    }
    const qint64 values[6]
        = {k.nullA, k.nullB, k.duplicateA, k.duplicateB, k.duplicateRowsA, k.duplicateRowsB};
    for (int i = 0; i < 6; ++i) {
        m_issueValues[i]->setText(number(values[i]));
        m_issueValues[i]->setStyleSheet(
            values[i] > 0 ? QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kBad))
                          : QString());
    }
    const bool ok = k.nullA == 0 && k.nullB == 0 && k.duplicateA == 0 && k.duplicateB == 0;
    m_headline->setText(
        ok ? tr("✓ The key is unique and never NULL in prod and in PR.")
           : tr("⚠ The key is not unique or has NULLs. Rows that could not be matched: %1.")
                 .arg(number(k.nullA + k.nullB + k.duplicateRowsA + k.duplicateRowsB)));
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ok ? kGood : kBad)));
}

void PrimaryKeysTab::clear()
{
    for (QLabel *label : {m_headline, m_columns, m_rule})
        label->clear();
    for (QLabel *value : m_issueValues) {
        value->clear();
        value->setStyleSheet(QString());
    }
}

} // namespace tidemark::ui::results
