#include "settings/sections/general_section.h"

#include "settings/integration_form.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tidemark::ui {

GeneralSection::GeneralSection(QWidget *parent)
    : SettingsSection(tr("General"), QStringLiteral("generalGroup"), parent)
{
    auto *form = form::makeFormLayout(this);
    m_name = form::makeLineEdit(QStringLiteral("nameEdit"), tr("e.g. Jaffle Shop (main)"), this);
    m_nameHint = form::makeHint(QStringLiteral("nameHint"), this);
    form->addRow(tr("&Name:"), form::withHint(m_name, m_nameHint));
    m_primaryKeyTag = form::makeLineEdit(QStringLiteral("primaryKeyTagEdit"),
                                         QStringLiteral("primary-key"), this);
    m_primaryKeyTag->setToolTip(
        tr("The tag or meta key that marks primary key columns in the dbt YAML"));
    m_primaryKeyTagHint = form::makeHint(QStringLiteral("primaryKeyTagHint"), this);
    form->addRow(tr("Primary &key tag:"), form::withHint(m_primaryKeyTag, m_primaryKeyTagHint));
    watchEdits();
}

void GeneralSection::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
}

void GeneralSection::releaseName(const QString &name)
{
    m_takenNames.removeAll(name);
}

void GeneralSection::load(const ci::Integration &integration)
{
    m_name->setText(integration.name);
    m_primaryKeyTag->setText(integration.primaryKeyTag);
}

void GeneralSection::store(ci::Integration &integration) const
{
    integration.name = m_name->text().trimmed();
    integration.primaryKeyTag = m_primaryKeyTag->text().trimmed();
}

QStringList GeneralSection::validate()
{
    QStringList problems;
    const QString name = m_name->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("Enter a name for the integration.");
    } else {
        for (const QString &taken : std::as_const(m_takenNames)) {
            if (taken.compare(name, Qt::CaseInsensitive) == 0)
                nameProblem = tr("Another integration is already named \"%1\".").arg(name);
        }
    }
    check(problems, m_nameHint, nameProblem);
    check(problems, m_primaryKeyTagHint,
          m_primaryKeyTag->text().trimmed().isEmpty() ? tr("Enter the tag that marks primary keys.")
                                                      : QString());
    return problems;
}

} // namespace tidemark::ui
