#include "settings/sections/artifacts_section.h"

#include "settings/integration_form.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tidemark::ui {

ArtifactsSection::ArtifactsSection(QWidget *parent)
    : SettingsSection(tr("Local artifacts (instead of dbt Cloud)"),
                      QStringLiteral("localArtifactsGroup"), parent)
{
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("For dbt Core: read the production and pull request manifest.json from files"));
    auto *form = form::makeFormLayout(this);
    const QString filter = tr("dbt manifests (manifest.json);;JSON files (*.json);;All files (*)");
    m_prodManifest = form::makeLineEdit(QStringLiteral("prodManifestEdit"),
                                        tr("prod/target/manifest.json"), this);
    form->addRow(tr("P&roduction manifest:"),
                 form::withButton(m_prodManifest,
                                  form::makeBrowseButton(QStringLiteral("prodManifestBrowseButton"),
                                                         m_prodManifest, filter)));
    m_prManifest
        = form::makeLineEdit(QStringLiteral("prManifestEdit"), tr("pr/target/manifest.json"), this);
    form->addRow(tr("Pull re&quest manifest:"),
                 form::withButton(m_prManifest,
                                  form::makeBrowseButton(QStringLiteral("prManifestBrowseButton"),
                                                         m_prManifest, filter)));
    m_hint = form::makeHint(QStringLiteral("artifactsHint"), this);
    form->addRow(QString(), form::keepRow(m_hint));
    watchEdits();
    connect(this, &QGroupBox::toggled, this, &ArtifactsSection::changed);
}

void ArtifactsSection::load(const ci::Integration &integration)
{
    const std::optional<ci::LocalArtifacts> &artifacts = integration.artifacts;
    setChecked(artifacts.has_value());
    m_prodManifest->setText(artifacts ? QDir::toNativeSeparators(artifacts->prod) : QString());
    m_prManifest->setText(artifacts ? QDir::toNativeSeparators(artifacts->pr) : QString());
}

void ArtifactsSection::store(ci::Integration &integration) const
{
    if (!isChecked()) {
        integration.artifacts.reset();
        return;
    }
    // What this section does not show is kept from the integration loaded.
    ci::LocalArtifacts local = integration.artifacts.value_or(ci::LocalArtifacts {});
    local.prod = QDir::fromNativeSeparators(m_prodManifest->text().trimmed());
    local.pr = QDir::fromNativeSeparators(m_prManifest->text().trimmed());
    integration.artifacts = local;
}

QStringList ArtifactsSection::validate()
{
    QStringList problems;
    check(problems, m_hint,
          isChecked()
                  && (m_prodManifest->text().trimmed().isEmpty()
                      || m_prManifest->text().trimmed().isEmpty())
              ? tr("Choose the production and the pull request manifest.")
              : QString());
    return problems;
}

} // namespace tidemark::ui
