#include "settings/sections/ci_section.h"

#include "settings/integration_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace tidemark::ui {

CiSection::CiSection(QWidget *parent)
    : SettingsSection(tr("Continuous Integration"), QStringLiteral("ciGroup"), parent)
{
    auto *form = form::makeFormLayout(this);
    m_enabled = form::makeCheckBox(QStringLiteral("ciEnabledCheck"), tr("Enable CI"),
                                   tr("The master switch: run on pull requests"), this);
    form->addRow(QString(), m_enabled);
    m_prLabel = form::makeLineEdit(QStringLiteral("prLabelEdit"), tr("Any pull request"), this);
    m_prLabel->setToolTip(
        tr("When set, CI runs only on pull requests carrying this label; manual runs ignore it"));
    form->addRow(tr("Pull request &label:"), m_prLabel);
    m_baseBranch
        = form::makeLineEdit(QStringLiteral("baseBranchEdit"), tr("Any base branch"), this);
    m_baseBranch->setToolTip(tr("CI runs only on pull requests whose base branch is this"));
    form->addRow(tr("Custom &base branch:"), m_baseBranch);
    m_commitSelection = new QComboBox(this);
    m_commitSelection->setObjectName(QStringLiteral("commitSelectionCombo"));
    m_commitSelection->addItem(tr("Latest production artifacts"), QStringLiteral("latest"));
    m_commitSelection->addItem(tr("Artifacts of the merge-base commit"),
                               QStringLiteral("merge-base"));
    form->addRow(tr("Branch &commit selection:"), m_commitSelection);
    m_diffThreshold = new QSpinBox(this);
    m_diffThreshold->setMinimumWidth(160);
    m_diffThreshold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_diffThreshold->setObjectName(QStringLiteral("diffThresholdSpin"));
    m_diffThreshold->setRange(0, 100000);
    m_diffThreshold->setSpecialValueText(tr("No threshold"));
    m_diffThreshold->setSuffix(tr(" models"));
    m_diffThreshold->setToolTip(tr(
        "When a run would diff more models than this, the diffs wait for a person to start them"));
    form->addRow(tr("CI diff &threshold:"), m_diffThreshold);
    m_failOnPk
        = form::makeCheckBox(QStringLiteral("failOnPkCheck"), tr("Fail on primary key issues"),
                             tr("Null or duplicate primary keys fail the check"), this);
    form->addRow(QString(), m_failOnPk);
    m_failOnErrors = form::makeCheckBox(
        QStringLiteral("failOnErrorsCheck"), tr("Fail the check on errors"),
        tr("On: an error fails the check. Off: the check succeeds with a note"), this);
    form->addRow(QString(), m_failOnErrors);
}

void CiSection::load(const ci::Integration &integration)
{
    const ci::CiSettings &ci = integration.ci;
    m_enabled->setChecked(ci.enabled);
    m_failOnPk->setChecked(ci.failOnPrimaryKeyIssues);
    m_failOnErrors->setChecked(ci.failOnErrors);
    m_prLabel->setText(ci.prLabel);
    m_diffThreshold->setValue(ci.diffThreshold);
    m_baseBranch->setText(ci.baseBranch);
    m_commitSelection->setCurrentIndex(
        std::max(0, m_commitSelection->findData(ci.commitSelection)));
}

void CiSection::store(ci::Integration &integration) const
{
    ci::CiSettings &ci = integration.ci;
    ci.enabled = m_enabled->isChecked();
    ci.failOnPrimaryKeyIssues = m_failOnPk->isChecked();
    ci.failOnErrors = m_failOnErrors->isChecked();
    ci.prLabel = m_prLabel->text().trimmed();
    ci.diffThreshold = m_diffThreshold->value();
    ci.baseBranch = m_baseBranch->text().trimmed();
    ci.commitSelection = m_commitSelection->currentData().toString();
}

} // namespace tidemark::ui
