#include "settings/sections/scope_section.h"

#include "settings/integration_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace tidemark::ui {

namespace {

// A multi-line edit of patterns, one a line.
QPlainTextEdit *patternsEdit(const QString &objectName, const QString &placeholder,
                             const QString &toolTip, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(90);
    return edit;
}

// Lines of a multi-line edit, trimmed, without blank lines.
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

ScopeSection::ScopeSection(QWidget *parent)
    : SettingsSection(tr("What to Diff"), QStringLiteral("scopeGroup"), parent)
{
    auto *form = form::makeFormLayout(this);
    m_importMetadata = form::makeCheckBox(
        QStringLiteral("importMetadataCheck"), tr("Import dbt tags and descriptions"),
        tr("Show dbt descriptions, tags and owners in lineage and results"), this);
    form->addRow(QString(), m_importMetadata);
    m_slimDiff = form::makeCheckBox(
        QStringLiteral("slimDiffCheck"), tr("Slim Diff"),
        tr("Diff only modified models; downstream models are listed and can be diffed on demand"),
        this);
    form->addRow(QString(), m_slimDiff);
    m_diffExposures = form::makeCheckBox(
        QStringLiteral("diffExposuresCheck"), tr("Diff downstream exposures"),
        tr("List the dbt exposures (dashboards, syncs, apps) the pull request affects"), this);
    form->addRow(QString(), m_diffExposures);
    m_filesToIgnore = patternsEdit(
        QStringLiteral("filesToIgnoreEdit"), tr("docs/**\n*.md"),
        tr(".gitignore syntax over the pull request's changed files, one pattern a line"), this);
    form->addRow(tr("&Files to ignore:"), m_filesToIgnore);
    m_columnsToIgnore = patternsEdit(
        QStringLiteral("columnsToIgnoreEdit"), tr("_loaded_at\n_fivetran_*"),
        tr(".gitignore-style patterns over column names, one a line; key columns are never "
           "ignored"),
        this);
    form->addRow(tr("C&olumns to ignore:"), m_columnsToIgnore);
}

void ScopeSection::load(const ci::Integration &integration)
{
    const ci::CiSettings &ci = integration.ci;
    m_importMetadata->setChecked(ci.importDbtMetadata);
    m_slimDiff->setChecked(ci.slimDiff);
    m_diffExposures->setChecked(ci.diffExposures);
    m_filesToIgnore->setPlainText(ci.filesToIgnore.join(QLatin1Char('\n')));
    m_columnsToIgnore->setPlainText(ci.columnsToIgnore.join(QLatin1Char('\n')));
}

void ScopeSection::store(ci::Integration &integration) const
{
    ci::CiSettings &ci = integration.ci;
    ci.importDbtMetadata = m_importMetadata->isChecked();
    ci.slimDiff = m_slimDiff->isChecked();
    ci.diffExposures = m_diffExposures->isChecked();
    ci.filesToIgnore = lines(m_filesToIgnore);
    ci.columnsToIgnore = lines(m_columnsToIgnore);
}

} // namespace tidemark::ui
