#include "settings/profile_import_dialog.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark::ui {

ProfileImportDialog::ProfileImportDialog(profiles::EnvironmentLookup environment, QWidget *parent)
    : QDialog(parent)
    , m_environment(std::move(environment))
{
    setObjectName(QStringLiteral("profileImportDialog"));
    setWindowTitle(tr("Import from profiles.yml"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("profilesPathEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("profilesBrowseButton"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_preview = form::makeStatus(QStringLiteral("profilePreview"), this);
    m_preview->setMinimumHeight(40);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("profileButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("profileImportButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&File:"), form::withButton(m_path, browse));
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(QString(), form::keepRow(m_preview));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ProfileImportDialog::reload);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Choose profiles.yml"), QFileInfo(m_path->text()).absolutePath(),
            tr("dbt profiles (profiles.yml *.yml *.yaml);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::preview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setProfilesPath(QDir::toNativeSeparators(profiles::defaultProfilesPath(m_environment)));
    resize(560, sizeHint().height());
}

void ProfileImportDialog::setProfilesPath(const QString &path)
{
    if (m_path->text() == path)
        reload();
    else
        m_path->setText(path);
}

QString ProfileImportDialog::profileName() const
{
    return m_profile->currentText();
}

QString ProfileImportDialog::targetName() const
{
    return m_target->currentData().toString();
}

void ProfileImportDialog::reload()
{
    m_profiles.reset();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_profiles.reset();
        fillTargets();
        form::setStatus(m_preview, form::Status::Error, tr("No profiles.yml at this path."));
        return;
    }
    auto loaded = profiles::DbtProfiles::load(path, m_environment);
    if (!loaded) {
        fillTargets();
        form::setStatus(m_preview, form::Status::Error, loaded.errorMessage());
        return;
    }
    m_profiles = std::move(loaded).value();
    for (const profiles::Profile &profile : m_profiles->profiles())
        m_profile->addItem(profile.name);
    fillTargets();
}

void ProfileImportDialog::fillTargets()
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    if (m_profiles) {
        if (const auto profile = m_profiles->profile(m_profile->currentText())) {
            for (const QString &target : profile->targets) {
                m_target->addItem(target == profile->defaultTarget ? tr("%1 (default)").arg(target)
                                                                   : target,
                                  target);
                if (target == profile->defaultTarget)
                    m_target->setCurrentIndex(m_target->count() - 1);
            }
        }
    }
    preview();
}

void ProfileImportDialog::preview()
{
    m_connection.reset();
    if (m_profiles && m_target->count() > 0) {
        auto connection = m_profiles->connection(m_profile->currentText(), targetName());
        if (connection) {
            m_connection = *connection;
            auto spec = warehouse::parseConnectionUrl(connection->url);
            const QString where = spec ? spec->redacted() : connection->url;
            form::setStatus(m_preview, form::Status::Ok,
                            connection->password.isEmpty() ? tr("%1 (no password)").arg(where)
                                                           : tr("%1 (with a password)").arg(where));
        } else {
            form::setStatus(m_preview, form::Status::Error, connection.errorMessage());
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_connection.has_value());
}

} // namespace tidemark::ui
