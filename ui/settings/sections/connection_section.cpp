#include "settings/sections/connection_section.h"

#include "settings/integration_form.h"
#include "settings/profile_import_dialog.h"
#include "settings/sections/odbc_connection_form.h"
#include "settings/sections/server_connection_form.h"
#include "settings/sections/sqlite_connection_form.h"
#include "tasks/async.h"
#include "warehouse/connection_spec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>

namespace tidemark::ui {

namespace {

constexpr int kUserRow = 2; // after the driver and the form, when the form uses them
constexpr int kPasswordRow = 3;

} // namespace

ConnectionSection::ConnectionSection(review::Services services, QWidget *parent)
    : SettingsSection(tr("Data Connection"), QStringLiteral("connectionGroup"), parent)
    , m_services(std::move(services))
{
    m_layout = form::makeFormLayout(this);
    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    auto *driverLabel = new QLabel(tr("&Driver:"), this);
    driverLabel->setBuddy(m_driver);
    m_layout->addRow(driverLabel, m_driver);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("connectionForms"));
    m_layout->addRow(m_stack);

    // The warehouses offered, in the driver combo's order: one line a form.
    addForm(new ServerConnectionForm);
    addForm(new SqliteConnectionForm);
    addForm(new OdbcConnectionForm);

    m_user = form::makeLineEdit(QStringLiteral("userEdit"), QString(), this);
    m_userLabel = new QLabel(tr("&User:"), this);
    m_userLabel->setBuddy(m_user);
    m_layout->addRow(m_userLabel, m_user);
    m_password = form::makeSecretEdit(QStringLiteral("passwordEdit"), this);
    m_passwordLabel = new QLabel(tr("Pass&word:"), this);
    m_passwordLabel->setBuddy(m_password);
    m_layout->addRow(m_passwordLabel, m_password);
    m_hint = form::makeHint(QStringLiteral("connectionHint"), this);
    m_layout->addRow(QString(), form::keepRow(m_hint));

    m_importProfiles = new QPushButton(tr("Import from profiles.yml…"), this);
    m_importProfiles->setObjectName(QStringLiteral("importProfilesButton"));
    m_test = new QPushButton(tr("Test"), this);
    m_test->setMinimumWidth(90);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Connect and run SELECT 1"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_importProfiles);
    m_layout->addRow(QString(), buttons);
    m_status = form::makeStatus(QStringLiteral("connectionStatus"), this);
    m_layout->addRow(QString(), form::keepRow(m_status));

    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectionSection::onDriverChanged);
    connect(m_importProfiles, &QPushButton::clicked, this, &ConnectionSection::importFromProfiles);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSection::test);
    for (QLineEdit *edit : {m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSection::changed);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectionSection::changed);
    onDriverChanged();
}

void ConnectionSection::addForm(ConnectionForm *form)
{
    m_stack->addWidget(form);
    connect(form, &ConnectionForm::changed, this, &ConnectionSection::changed);
    const QList<ConnectionForm::Kind> kinds = form->kinds();
    for (const ConnectionForm::Kind &kind : kinds) {
        m_driver->addItem(kind.label, kind.id);
        m_forms.push_back(form);
    }
}

ConnectionForm *ConnectionSection::currentForm() const
{
    return m_forms.at(std::max(0, m_driver->currentIndex()));
}

void ConnectionSection::onDriverChanged()
{
    ConnectionForm *form = currentForm();
    form->setKind(m_driver->currentData().toString());
    m_stack->setCurrentWidget(form);
    // The stack is as high as the form shown, not as the highest one.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *page = m_stack->widget(i);
        page->setSizePolicy(page == form ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            page == form ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_stack->updateGeometry();
    showCredentials(form->usesPassword());
    alignLabels();
}

void ConnectionSection::showCredentials(bool shown)
{
    // The rows are put into the form or taken out, never hidden: QFormLayout of Qt 6.4.2 overruns
    // its row arrays when rows are hidden, with setRowVisible or by hiding their widgets.
    const bool inForm = m_layout->indexOf(m_user) >= 0;
    if (shown && !inForm) {
        m_layout->insertRow(kUserRow, m_userLabel, m_user);
        m_layout->insertRow(kPasswordRow, m_passwordLabel, m_password);
    } else if (!shown && inForm) {
        for (QWidget *field :
             {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)}) {
            const QFormLayout::TakeRowResult taken = m_layout->takeRow(field);
            delete taken.labelItem;
            delete taken.fieldItem;
        }
    }
    for (QWidget *widget :
         {static_cast<QWidget *>(m_userLabel), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password)})
        widget->setVisible(shown);
}

void ConnectionSection::alignLabels()
{
    // The form's rows are in a layout of its own: the labels shown are padded on the left to the
    // width of the widest, so that they and the fields line up as in one form layout.
    const ConnectionForm *form = currentForm();
    QList<QWidget *> labels = form->labels();
    labels << m_layout->labelForField(m_driver);
    if (form->usesPassword())
        labels << m_userLabel << m_passwordLabel;
    int width = 0;
    for (QWidget *label : std::as_const(labels)) {
        label->setContentsMargins(0, 0, 0, 0);
        width = std::max(width, label->sizeHint().width());
    }
    for (QWidget *label : std::as_const(labels))
        label->setContentsMargins(width - label->sizeHint().width(), 0, 0, 0);
}

QString ConnectionSection::connectionUrl() const
{
    return currentForm()->url(m_user->text().trimmed());
}

void ConnectionSection::setConnectionUrl(const QString &url)
{
    for (int i = 0; i < m_stack->count(); ++i)
        static_cast<ConnectionForm *>(m_stack->widget(i))->clear();
    m_user->clear();
    if (url.isEmpty())
        return;
    auto spec = warehouse::parseConnectionUrl(url);
    if (!spec) {
        form::setHint(m_hint, spec.errorMessage());
        return;
    }
    m_driver->setCurrentIndex(
        m_driver->findData(QString::fromLatin1(warehouse::toString(spec->driver))));
    currentForm()->setUrl(*spec);
    m_user->setText(spec->user);
}

void ConnectionSection::load(const ci::Integration &integration)
{
    setConnectionUrl(integration.connectionUrl);
}

void ConnectionSection::store(ci::Integration &integration) const
{
    integration.connectionUrl = connectionUrl();
}

QStringList ConnectionSection::validate()
{
    QStringList problems;
    check(problems, m_hint, currentForm()->validationError(m_user->text().trimmed()));
    return problems;
}

QString ConnectionSection::password() const
{
    return m_password->text();
}

void ConnectionSection::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ConnectionSection::applyConnection(const QString &url, const QString &password)
{
    setConnectionUrl(url);
    m_password->setText(password);
    Q_EMIT changed();
}

void ConnectionSection::importFromProfiles()
{
    auto *chooser = new ProfileImportDialog(m_services.environment, window());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        const profiles::ProfileConnection connection = chooser->connection();
        applyConnection(connection.url, connection.password);
        form::setStatus(m_status, form::Status::Neutral,
                        tr("Imported target “%1” of profile “%2”.")
                            .arg(chooser->targetName(), chooser->profileName()));
    });
    chooser->open();
}

void ConnectionSection::test()
{
    const QString url = connectionUrl();
    if (url.isEmpty()) {
        form::setStatus(m_status, form::Status::Error, tr("Enter the connection first."));
        Q_EMIT testFinished(QStringLiteral("connection"), false, m_status->text());
        return;
    }
    auto spec = warehouse::parseConnectionUrl(url, m_password->text());
    if (!spec) {
        form::setStatus(m_status, form::Status::Error, spec.errorMessage());
        Q_EMIT testFinished(QStringLiteral("connection"), false, spec.errorMessage());
        return;
    }
    form::setStatus(m_status, form::Status::Busy, tr("Connecting to %1…").arg(spec->redacted()));
    m_test->setEnabled(false);
    runAsync(
        this,
        [open = m_services.openDatabase, spec = *spec]() -> Expected<QString> {
            auto db = open(spec);
            if (!db)
                return Error {db.errorMessage()};
            QString answer;
            auto ran = (*db)->query(QStringLiteral("SELECT 1"), {},
                                    [&answer](const warehouse::Row &row) {
                                        answer = row.value(0).toString();
                                        return false;
                                    });
            if (!ran)
                return Error {ran.errorMessage()};
            return tr("Connected to %1 (SELECT 1 returned %2).").arg(spec.redacted(), answer);
        },
        [this](const Expected<QString> &result) {
            m_test->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_status, result ? form::Status::Ok : form::Status::Error, message);
            Q_EMIT testFinished(QStringLiteral("connection"), result.hasValue(), message);
        });
}

} // namespace tidemark::ui
