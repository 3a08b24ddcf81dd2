// The integration settings dialog and the integrations list, driven through their widgets against
// a local fake dbt Cloud and a fake GitHub Enterprise: accounts and jobs arrive once the URL and
// token are in, a wrong token shows its error, the Test buttons answer, every field survives a save
// and a reload, and secrets go to the secret store, never into the file. Under with_keyring.sh
// (TIDEMARK_TEST_KEYRING=1) the store is the real keychain and the secrets are read back from it.

#include "ci/integration_catalog.h"
#include "secrets/keychain_secret_store.h"
#include "secrets/secret_store.h"
#include "settings/integration_dialog.h"
#include "settings/integration_list_model.h"
#include "settings/integration_list_widget.h"
#include "settings/profile_import_dialog.h"
#include "support/fake_code_host.h"
#include "support/fake_dbt_cloud.h"
#include "support/memory_secret_store.h"
#include "warehouse/connection_spec.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace tidemark;
using tidemark::test::FakeDbtCloud;
using tidemark::test::FakeGitHub;
using tidemark::ui::IntegrationDialog;
using tidemark::ui::IntegrationListWidget;

namespace {

using test::MemorySecretStore;

bool underKeyring()
{
    return qEnvironmentVariable("TIDEMARK_TEST_KEYRING") == QLatin1String("1");
}

template<typename T> T *find(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        qFatal("no child %s", name);
    return child;
}

void setText(const QObject *dialog, const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void selectData(const QObject *dialog, const char *name, const QVariant &data)
{
    auto *combo = find<QComboBox>(dialog, name);
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item %s", name, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

QList<qint64> comboIds(const QComboBox *combo)
{
    QList<qint64> ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toLongLong();
    return ids;
}

// The visible one of a parent's children of a type (closed dialogs may await their deletion).
template<typename T> T *visibleChild(const QObject *parent)
{
    const auto children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

int accountListRequests(const FakeDbtCloud &cloud)
{
    int count = 0;
    for (const auto &request : cloud.requests(QStringLiteral("/api/v2/accounts/"))) {
        if (request.path == QLatin1String("/api/v2/accounts/"))
            ++count;
    }
    return count;
}

bool saveEnabled(const QObject *dialog)
{
    return find<QPushButton>(dialog, "saveButton")->isEnabled();
}

} // namespace

class TestIntegrationDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeDbtCloud> m_cloud;
    std::unique_ptr<FakeGitHub> m_github;
    std::shared_ptr<secrets::SecretStore> m_store;
    QString m_suffix; // keeps this run's keychain entries apart

    ci::IntegrationCatalog catalog() const
    {
        return ci::IntegrationCatalog(m_dir->filePath(QStringLiteral("integrations")));
    }

    review::Services services() const
    {
        review::Services s = review::Services::defaults();
        const QString profilesDir = m_dir->path();
        s.environment = [profilesDir](const QString &name) -> std::optional<QString> {
            if (name == QLatin1String("DBT_PROFILES_DIR"))
                return profilesDir;
            if (name == QLatin1String("PG_PASSWORD"))
                return QStringLiteral("from-env");
            return std::nullopt;
        };
        return s;
    }

    std::unique_ptr<IntegrationDialog> newDialog() const
    {
        auto dialog = std::make_unique<IntegrationDialog>(catalog(), m_store, services());
        dialog->show();
        return dialog;
    }

    QString name(const QString &base) const { return base + m_suffix; }

    // The secret as the store holds it; under the keyring, through a KeychainSecretStore of its
    // own.
    std::optional<QString> readBack(const QString &key) const
    {
        std::unique_ptr<secrets::SecretStore> keychain;
        secrets::SecretStore *store = m_store.get();
        if (underKeyring()) {
            keychain = std::make_unique<secrets::KeychainSecretStore>(std::chrono::seconds(30));
            store = keychain.get();
        }
        auto secret = store->read(key);
        if (!secret)
            qFatal("reading %s failed: %s", qPrintable(key), qPrintable(secret.errorMessage()));
        return *secret;
    }

    void fillCloud(const IntegrationDialog *dialog, const QByteArray &token)
    {
        setText(dialog, "accessUrlEdit", m_cloud->accessUrl());
        setText(dialog, "dbtTokenEdit", QString::fromLatin1(token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cloud = std::make_unique<FakeDbtCloud>();
        m_cloud->setAccounts(
            {{1, QStringLiteral("Jaffle Shop")}, {2, QStringLiteral("Analytics Co")}});
        m_cloud->addJob({100, QStringLiteral("Production build"), QStringLiteral("scheduled")});
        m_cloud->addJob({101, QStringLiteral("CI check"), QStringLiteral("ci")});
        m_cloud->addJob({102, QStringLiteral("Nightly docs"), QStringLiteral("scheduled")});
        m_cloud->addJob({103, QStringLiteral("Old PR job"), QString(), true});
        m_github = std::make_unique<FakeGitHub>(QStringLiteral("/api/v3"));
        m_github->addPulls(3);
        if (underKeyring())
            m_store = std::make_shared<secrets::KeychainSecretStore>(std::chrono::seconds(30));
        else
            m_store = std::make_shared<MemorySecretStore>();
        m_suffix = QStringLiteral(" ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        qInfo("secret store: %s", underKeyring() ? "the keychain (with_keyring.sh)" : "memory");
    }

    void cleanupTestCase()
    {
        // Leave no secrets behind in the keychain.
        const ci::IntegrationCatalog c = catalog();
        for (const auto &entry : c.list())
            QVERIFY(c.remove(entry.path, m_store.get()));
    }

    void accountsAndJobsArriveFromTheApi()
    {
        auto dialog = newDialog();
        QSignalSpy accounts(dialog.get(), &IntegrationDialog::accountsLoaded);
        QSignalSpy jobs(dialog.get(), &IntegrationDialog::jobsLoaded);
        m_cloud->clearRequests();
        fillCloud(dialog.get(), m_cloud->token()); // typed key by key: one request after the pause
        QVERIFY(accounts.wait(10000));
        QCOMPARE(accounts.first().first().toInt(), 2);
        QCOMPARE(accountListRequests(*m_cloud), 1);
        auto *account = find<QComboBox>(dialog.get(), "accountCombo");
        QCOMPARE(comboIds(account), QList<qint64>({1, 2}));
        QVERIFY(find<QLabel>(dialog.get(), "accountsStatus")
                    ->text()
                    .contains(QStringLiteral("2 account")));

        QVERIFY(jobs.wait(10000));
        QCOMPARE(jobs.first().first().toInt(), 4);
        auto *prJob = find<QComboBox>(dialog.get(), "prJobCombo");
        auto *artifactsJob = find<QComboBox>(dialog.get(), "artifactsJobCombo");
        // CI jobs only (the job_type "ci" one and the older webhook-triggered one).
        QCOMPARE(comboIds(prJob), QList<qint64>({0, 101, 103}));
        // Production jobs first for the artifacts job.
        QCOMPARE(comboIds(artifactsJob), QList<qint64>({0, 100, 102, 101, 103}));
        find<QCheckBox>(dialog.get(), "showAllJobsCheck")->setChecked(true);
        QCOMPARE(comboIds(prJob), QList<qint64>({0, 101, 103, 100, 102}));

        selectData(dialog.get(), "prJobCombo", qint64(101));
        selectData(dialog.get(), "artifactsJobCombo", qint64(100));
        // Another account: its jobs are read again; the picks are kept where they exist.
        jobs.clear();
        account->setCurrentIndex(1);
        QVERIFY(jobs.wait(10000));
        QCOMPARE(dialog->integration().dbtCloud.accountId, qint64(2));
        QCOMPARE(dialog->integration().dbtCloud.prJobId, qint64(101));
        QCOMPARE(dialog->integration().dbtCloud.artifactsJobId, qint64(100));
    }

    void wrongTokenUrlOrHostShowsTheError_data()
    {
        QTest::addColumn<QString>("accessUrl");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong token")
            << QString() << QStringLiteral("dbtc_wrong") << QStringLiteral("401");
        QTest::newRow("unreachable host")
            << QStringLiteral("http://127.0.0.1:9") << QStringLiteral("dbtc_x")
            << QStringLiteral("127.0.0.1:9");
    }

    void wrongTokenUrlOrHostShowsTheError()
    {
        QFETCH(QString, accessUrl);
        QFETCH(QString, token);
        QFETCH(QString, message);
        auto dialog = newDialog();
        QSignalSpy failed(dialog.get(), &IntegrationDialog::remoteFailed);
        setText(dialog.get(), "accessUrlEdit",
                accessUrl.isEmpty() ? m_cloud->accessUrl() : accessUrl);
        setText(dialog.get(), "dbtTokenEdit", token);
        QVERIFY(failed.wait(30000));
        auto *status = find<QLabel>(dialog.get(), "accountsStatus");
        QVERIFY2(status->text().contains(message), qPrintable(status->text()));
        QVERIFY(!status->isHidden());
        QVERIFY(!status->text().contains(token));
        QCOMPARE(find<QComboBox>(dialog.get(), "accountCombo")->count(), 0);
    }

    void inlineValidationDisablesSave()
    {
        auto dialog = newDialog();
        auto *hint = find<QLabel>(dialog.get(), "nameHint");
        QVERIFY(!saveEnabled(dialog.get()));
        QVERIFY(!hint->isHidden());
        QVERIFY(!dialog->validationError().isEmpty());
        QCOMPARE(find<QLabel>(dialog.get(), "validationLabel")->text(), dialog->validationError());

        setText(dialog.get(), "nameEdit", name(QStringLiteral("Validation")));
        QVERIFY(hint->isHidden());
        setText(dialog.get(), "accessUrlEdit", QStringLiteral("ftp://cloud.getdbt.com"));
        QVERIFY(!saveEnabled(dialog.get()));
        QVERIFY(!find<QLabel>(dialog.get(), "accessUrlHint")->isHidden());
        setText(dialog.get(), "accessUrlEdit", QStringLiteral("https://cloud.getdbt.com"));
        QVERIFY2(saveEnabled(dialog.get()), qPrintable(dialog->validationError()));

        setText(dialog.get(), "repositoryEdit", QStringLiteral("just-a-name"));
        QVERIFY(!saveEnabled(dialog.get()));
        QVERIFY(!find<QLabel>(dialog.get(), "repositoryHint")->isHidden());
        setText(dialog.get(), "repositoryEdit", QStringLiteral("acme/analytics"));
        QVERIFY(saveEnabled(dialog.get()));

        setText(dialog.get(), "hostEdit", QStringLiteral("db.internal"));
        QVERIFY(!saveEnabled(dialog.get()));
        QVERIFY(find<QLabel>(dialog.get(), "connectionHint")
                    ->text()
                    .contains(QStringLiteral("database")));
        setText(dialog.get(), "databaseEdit", QStringLiteral("analytics"));
        QVERIFY(saveEnabled(dialog.get()));

        find<QGroupBox>(dialog.get(), "localArtifactsGroup")->setChecked(true);
        QVERIFY(!saveEnabled(dialog.get()));
        setText(dialog.get(), "prodManifestEdit", QStringLiteral("/tmp/prod/manifest.json"));
        setText(dialog.get(), "prManifestEdit", QStringLiteral("/tmp/pr/manifest.json"));
        QVERIFY(saveEnabled(dialog.get()));
        // With local artifacts the access URL may be empty.
        setText(dialog.get(), "accessUrlEdit", QString());
        QVERIFY(saveEnabled(dialog.get()));

        // Sampling settings are editable only while sampling is on.
        auto *sampling = find<QGroupBox>(dialog.get(), "samplingGroup");
        sampling->setChecked(false);
        QVERIFY(!find<QDoubleSpinBox>(dialog.get(), "samplingToleranceSpin")->isEnabled());
        sampling->setChecked(true);
        QVERIFY(find<QDoubleSpinBox>(dialog.get(), "samplingToleranceSpin")->isEnabled());
    }

    void testButtons()
    {
        auto dialog = newDialog();
        QSignalSpy tested(dialog.get(), &IntegrationDialog::testFinished);

        selectData(dialog.get(), "providerCombo", QStringLiteral("github-enterprise"));
        setText(dialog.get(), "apiUrlEdit", m_github->apiUrl());
        setText(dialog.get(), "repositoryEdit", QStringLiteral("acme/analytics"));
        setText(dialog.get(), "gitTokenEdit", QString::fromLatin1(m_github->token()));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testRepositoryButton"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().at(0).toString(), QStringLiteral("repository"));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(tested.last().at(2).toString()));
        QVERIFY(find<QLabel>(dialog.get(), "repositoryStatus")
                    ->text()
                    .contains(QStringLiteral("3 open pull requests")));

        setText(dialog.get(), "gitTokenEdit", QStringLiteral("ghp_wrong"));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testRepositoryButton"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY(!find<QLabel>(dialog.get(), "repositoryStatus")
                     ->text()
                     .contains(QStringLiteral("ghp_wrong")));

        selectData(dialog.get(), "driverCombo", QStringLiteral("sqlite"));
        // The forms of the drivers are pages of a stack: a field is shown with its page.
        QVERIFY(!find<QLineEdit>(dialog.get(), "hostEdit")->isVisibleTo(dialog.get()));
        QVERIFY(find<QLineEdit>(dialog.get(), "sqliteFileEdit")->isVisibleTo(dialog.get()));
        QFile sqlite(
            m_dir->filePath(QStringLiteral("warehouse.db"))); // an empty file is an empty database
        QVERIFY(sqlite.open(QIODevice::WriteOnly));
        sqlite.close();
        setText(dialog.get(), "sqliteFileEdit", sqlite.fileName());
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().at(0).toString(), QStringLiteral("connection"));
        QVERIFY2(tested.last().at(1).toBool(), qPrintable(tested.last().at(2).toString()));
        QVERIFY(find<QLabel>(dialog.get(), "connectionStatus")
                    ->text()
                    .contains(QStringLiteral("SELECT 1 returned 1")));

        selectData(dialog.get(), "driverCombo", QStringLiteral("postgresql"));
        setText(dialog.get(), "hostEdit", QStringLiteral("127.0.0.1"));
        find<QSpinBox>(dialog.get(), "portSpin")->setValue(9);
        setText(dialog.get(), "databaseEdit", QStringLiteral("nothing"));
        setText(dialog.get(), "passwordEdit", QStringLiteral("pw-not-shown"));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.last().at(1).toBool());
        QVERIFY(!tested.last().at(2).toString().contains(QStringLiteral("pw-not-shown")));

        fillCloud(dialog.get(), m_cloud->token());
        QTest::mouseClick(find<QPushButton>(dialog.get(), "testDbtCloudButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty()
                                     && tested.last().at(0).toString() == QLatin1String("dbtCloud"),
                                 15000);
        QVERIFY(tested.last().at(1).toBool());
        QVERIFY(find<QLabel>(dialog.get(), "dbtCloudStatus")
                    ->text()
                    .contains(QStringLiteral("2 accounts")));
    }

    void importsAProfilesTarget()
    {
        QFile profiles(m_dir->filePath(QStringLiteral("profiles.yml")));
        QVERIFY(profiles.open(QIODevice::WriteOnly));
        profiles.write("jaffle_shop:\n"
                       "  target: dev\n"
                       "  outputs:\n"
                       "    dev:\n"
                       "      type: postgres\n"
                       "      host: localhost\n"
                       "      port: \"5433\"\n"
                       "      user: alice\n"
                       "      password: \"{{ env_var('PG_PASSWORD') }}\"\n"
                       "      dbname: jaffle\n"
                       "    ci:\n"
                       "      type: mysql\n"
                       "      server: maria.internal\n"
                       "      schema: ci_db\n"
                       "      username: ci\n");
        profiles.close();

        auto dialog = newDialog();
        QTest::mouseClick(find<QPushButton>(dialog.get(), "importProfilesButton"), Qt::LeftButton);
        auto *chooser = find<ui::ProfileImportDialog>(dialog.get(), "profileImportDialog");
        QCOMPARE(find<QLineEdit>(chooser, "profilesPathEdit")->text(),
                 QDir::toNativeSeparators(profiles.fileName()));
        QCOMPARE(find<QComboBox>(chooser, "profileCombo")->currentText(),
                 QStringLiteral("jaffle_shop"));
        QCOMPARE(chooser->targetName(), QStringLiteral("dev"));
        QVERIFY(find<QLabel>(chooser, "profilePreview")
                    ->text()
                    .contains(QStringLiteral("postgresql://alice@localhost:5433/jaffle")));
        QVERIFY(
            !find<QLabel>(chooser, "profilePreview")->text().contains(QStringLiteral("from-env")));
        QTest::mouseClick(find<QPushButton>(chooser, "profileImportButton"), Qt::LeftButton);

        QCOMPARE(find<QComboBox>(dialog.get(), "driverCombo")->currentData().toString(),
                 QStringLiteral("postgresql"));
        QCOMPARE(find<QLineEdit>(dialog.get(), "hostEdit")->text(), QStringLiteral("localhost"));
        QCOMPARE(find<QSpinBox>(dialog.get(), "portSpin")->value(), 5433);
        QCOMPARE(find<QLineEdit>(dialog.get(), "databaseEdit")->text(), QStringLiteral("jaffle"));
        QCOMPARE(find<QLineEdit>(dialog.get(), "userEdit")->text(), QStringLiteral("alice"));
        QCOMPARE(find<QLineEdit>(dialog.get(), "passwordEdit")->text(), QStringLiteral("from-env"));
        QCOMPARE(dialog->integration().connectionUrl,
                 QStringLiteral("postgresql://alice@localhost:5433/jaffle"));

        // The other target, picked by hand.
        QTest::mouseClick(find<QPushButton>(dialog.get(), "importProfilesButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleChild<ui::ProfileImportDialog>(dialog.get()));
        auto *second = visibleChild<ui::ProfileImportDialog>(dialog.get());
        auto *target = find<QComboBox>(second, "targetCombo");
        target->setCurrentIndex(target->findData(QStringLiteral("ci")));
        QTest::mouseClick(find<QPushButton>(second, "profileImportButton"), Qt::LeftButton);
        QCOMPARE(dialog->integration().connectionUrl,
                 QStringLiteral("mysql://ci@maria.internal/ci_db"));
        QVERIFY(find<QLineEdit>(dialog.get(), "passwordEdit")->text().isEmpty());
    }

    // ODBC: a DSN, a DSN with a user, and a connection string survive the form both ways (the
    // user in its field, never twice in the URL, and no password in it).
    void odbcConnectionsRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("user");
        QTest::newRow("dsn") << "odbc://Warehouse%20EU"
                             << "Warehouse EU"
                             << "";
        QTest::newRow("dsn and user") << "odbc:///?dsn=Warehouse&uid=ci"
                                      << "Warehouse"
                                      << "ci";
        QTest::newRow("connection string")
            << "odbc:///?driver=PostgreSQL%20Unicode&server=db.internal&port=5433&database=shop&"
               "uid=ci"
            << "driver=PostgreSQL Unicode;server=db.internal;port=5433;database=shop"
            << "ci";
    }

    void odbcConnectionsRoundTrip()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QFETCH(QString, user);
        auto dialog = newDialog();
        ci::Integration integration;
        integration.name = name(QStringLiteral("odbc"));
        integration.connectionUrl = url;
        dialog->setIntegration(integration);
        QCOMPARE(find<QLineEdit>(dialog.get(), "odbcDsnEdit")->text(), shown);
        QCOMPARE(find<QLineEdit>(dialog.get(), "userEdit")->text(), user);
        const QString back = dialog->integration().connectionUrl;
        auto before = warehouse::parseConnectionUrl(url);
        auto after = warehouse::parseConnectionUrl(back);
        QVERIFY2(before && after, qPrintable(back));
        QCOMPARE(after->driver, warehouse::Driver::ODBC);
        QCOMPARE(after->odbcConnectionString.toLower(), before->odbcConnectionString.toLower());
        QCOMPARE(after->user, before->user);
        QVERIFY(after->password.isEmpty());
    }

    void savesAndReloadsEveryField()
    {
        const QString integrationName = name(QStringLiteral("Jaffle Shop"));
        const QString dbtToken = QString::fromLatin1(m_cloud->token());
        const QString gitToken = QString::fromLatin1(m_github->token());
        const QString password = QStringLiteral("pg-Secret-%1")
                                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(10));

        auto dialog = newDialog();
        QSignalSpy jobs(dialog.get(), &IntegrationDialog::jobsLoaded);
        setText(dialog.get(), "nameEdit", integrationName);
        setText(dialog.get(), "primaryKeyTagEdit", QStringLiteral("pk"));
        selectData(dialog.get(), "providerCombo", QStringLiteral("github-enterprise"));
        setText(dialog.get(), "apiUrlEdit", m_github->apiUrl());
        setText(dialog.get(), "repositoryEdit", QStringLiteral("acme/analytics"));
        setText(dialog.get(), "gitTokenEdit", gitToken);
        selectData(dialog.get(), "driverCombo", QStringLiteral("postgresql"));
        setText(dialog.get(), "hostEdit", QStringLiteral("db.internal"));
        find<QSpinBox>(dialog.get(), "portSpin")->setValue(6543);
        setText(dialog.get(), "databaseEdit", QStringLiteral("analytics"));
        setText(dialog.get(), "userEdit", QStringLiteral("ci_user"));
        setText(dialog.get(), "passwordEdit", password);
        fillCloud(dialog.get(), m_cloud->token());
        QVERIFY(jobs.wait(10000));
        selectData(dialog.get(), "accountCombo", qint64(2));
        QVERIFY2(jobs.wait(10000), qPrintable(find<QLabel>(dialog.get(), "jobsStatus")->text()));
        selectData(dialog.get(), "artifactsJobCombo", qint64(102));
        selectData(dialog.get(), "prJobCombo", qint64(103));
        find<QGroupBox>(dialog.get(), "localArtifactsGroup")->setChecked(true);
        setText(dialog.get(), "prodManifestEdit", QStringLiteral("/data/prod/manifest.json"));
        setText(dialog.get(), "prManifestEdit", QStringLiteral("/data/pr/manifest.json"));

        find<QTabWidget>(dialog.get(), "tabs")->setCurrentIndex(1);
        find<QCheckBox>(dialog.get(), "ciEnabledCheck")->setChecked(false);
        find<QCheckBox>(dialog.get(), "importMetadataCheck")->setChecked(false);
        find<QCheckBox>(dialog.get(), "slimDiffCheck")->setChecked(true);
        find<QCheckBox>(dialog.get(), "diffExposuresCheck")->setChecked(false);
        find<QCheckBox>(dialog.get(), "failOnPkCheck")->setChecked(false);
        find<QCheckBox>(dialog.get(), "failOnErrorsCheck")->setChecked(false);
        setText(dialog.get(), "prLabelEdit", QStringLiteral("tidemark"));
        find<QSpinBox>(dialog.get(), "diffThresholdSpin")->setValue(25);
        find<QPlainTextEdit>(dialog.get(), "filesToIgnoreEdit")
            ->setPlainText(QStringLiteral("docs/**\n\n*.md\n"));
        setText(dialog.get(), "baseBranchEdit", QStringLiteral("develop"));
        selectData(dialog.get(), "commitSelectionCombo", QStringLiteral("merge-base"));
        find<QPlainTextEdit>(dialog.get(), "columnsToIgnoreEdit")
            ->setPlainText(QStringLiteral("_loaded_at\n_fivetran_*"));
        find<QGroupBox>(dialog.get(), "samplingGroup")->setChecked(true);
        find<QDoubleSpinBox>(dialog.get(), "samplingToleranceSpin")->setValue(0.0005);
        find<QDoubleSpinBox>(dialog.get(), "samplingConfidenceSpin")->setValue(95.5);
        find<QSpinBox>(dialog.get(), "samplingThresholdSpin")->setValue(250000);

        const ci::Integration expected = dialog->integration();
        QCOMPARE(expected.ci.filesToIgnore,
                 QStringList({QStringLiteral("docs/**"), QStringLiteral("*.md")}));
        QCOMPARE(expected.repository.provider, QStringLiteral("github"));
        QCOMPARE(expected.repository.apiUrl, m_github->apiUrl());
        QCOMPARE(expected.connectionUrl,
                 QStringLiteral("postgresql://ci_user@db.internal:6543/analytics"));
        QCOMPARE(expected.dbtCloud.accountId, qint64(2));
        QCOMPARE(expected.dbtCloud.artifactsJobId, qint64(102));
        QCOMPARE(expected.dbtCloud.prJobId, qint64(103));

        QSignalSpy saved(dialog.get(), &IntegrationDialog::saved);
        QVERIFY2(saveEnabled(dialog.get()), qPrintable(dialog->validationError()));
        QTest::mouseClick(find<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(60000));
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QString path = saved.first().first().toString();
        QCOMPARE(path, dialog->path());

        // The file holds the settings and no secret.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(integrationName.toUtf8()));
        QVERIFY(bytes.contains("db.internal"));
        QVERIFY(!bytes.contains(dbtToken.toUtf8()));
        QVERIFY(!bytes.contains(gitToken.toUtf8()));
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains("fakeToken"));
        auto loaded = ci::loadIntegration(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QVERIFY(loaded->toJson() == expected.toJson());

        // The store holds them.
        QCOMPARE(readBack(expected.dbtCloudTokenKey()), std::optional<QString>(dbtToken));
        QCOMPARE(readBack(expected.gitTokenKey()), std::optional<QString>(gitToken));
        QCOMPARE(readBack(expected.warehousePasswordKey()), std::optional<QString>(password));

        // A new dialog shows every field again, the secrets masked.
        auto reloaded = newDialog();
        QSignalSpy secretsLoaded(reloaded.get(), &IntegrationDialog::secretsLoaded);
        QSignalSpy reloadedJobs(reloaded.get(), &IntegrationDialog::jobsLoaded);
        QVERIFY(reloaded->loadIntegration(path));
        QVERIFY(secretsLoaded.wait(30000));
        QCOMPARE(find<QLineEdit>(reloaded.get(), "nameEdit")->text(), integrationName);
        QCOMPARE(find<QLineEdit>(reloaded.get(), "dbtTokenEdit")->text(), dbtToken);
        QCOMPARE(find<QLineEdit>(reloaded.get(), "gitTokenEdit")->text(), gitToken);
        QCOMPARE(find<QLineEdit>(reloaded.get(), "passwordEdit")->text(), password);
        QCOMPARE(find<QLineEdit>(reloaded.get(), "passwordEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QLineEdit>(reloaded.get(), "dbtTokenEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QComboBox>(reloaded.get(), "providerCombo")->currentData().toString(),
                 QStringLiteral("github-enterprise"));
        QCOMPARE(find<QSpinBox>(reloaded.get(), "portSpin")->value(), 6543);
        QVERIFY(find<QGroupBox>(reloaded.get(), "samplingGroup")->isChecked());
        QVERIFY(reloaded->integration().toJson() == expected.toJson());
        // Once the lists arrive, the same account and jobs are picked in them.
        QVERIFY(reloadedJobs.wait(10000));
        QVERIFY(find<QComboBox>(reloaded.get(), "accountCombo")
                    ->currentText()
                    .contains(QStringLiteral("Analytics Co")));
        QVERIFY(find<QComboBox>(reloaded.get(), "prJobCombo")
                    ->currentText()
                    .contains(QStringLiteral("Old PR job")));
        QVERIFY(reloaded->integration().toJson() == expected.toJson());

        // Renaming keeps the file and moves the secrets.
        QSignalSpy savedAgain(reloaded.get(), &IntegrationDialog::saved);
        setText(reloaded.get(), "nameEdit", name(QStringLiteral("Renamed")));
        QTest::mouseClick(find<QPushButton>(reloaded.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(savedAgain.wait(60000));
        QCOMPARE(savedAgain.first().first().toString(), path);
        ci::Integration renamed = expected;
        renamed.name = name(QStringLiteral("Renamed"));
        QCOMPARE(readBack(renamed.warehousePasswordKey()), std::optional<QString>(password));
        QCOMPARE(readBack(expected.warehousePasswordKey()), std::optional<QString>());
        QCOMPARE(int(catalog().list().size()), 1);
    }

    void listNewDuplicateDelete()
    {
        const ci::IntegrationCatalog c = catalog();
        for (const auto &entry : c.list())
            QVERIFY(c.remove(entry.path, m_store.get()));

        IntegrationListWidget list(c, m_store, services());
        list.resize(360, 420);
        list.show();
        auto *view = find<QListView>(&list, "integrationList");
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>(&list, "editButton")->isEnabled());
        QSignalSpy changed(&list, &IntegrationListWidget::integrationsChanged);
        QSignalSpy selected(&list, &IntegrationListWidget::integrationSelected);

        // New.
        QTest::mouseClick(find<QPushButton>(&list, "newButton"), Qt::LeftButton);
        auto *dialog = find<IntegrationDialog>(&list, "integrationDialog");
        QVERIFY(dialog->isVisible());
        setText(dialog, "nameEdit", name(QStringLiteral("Listed")));
        setText(dialog, "accessUrlEdit",
                m_cloud->accessUrl()); // local: the wrong token only gets a 401
        setText(dialog, "dbtTokenEdit", QStringLiteral("dbtc_list_token"));
        QTest::mouseClick(find<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().data().toString(), name(QStringLiteral("Listed")));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().first().toString(), list.currentPath());
        QCOMPARE(readBack(QStringLiteral("integration/%1/dbt_cloud_token")
                              .arg(name(QStringLiteral("Listed")))),
                 std::optional<QString>(QStringLiteral("dbtc_list_token")));

        // Duplicate: a copy with its secrets, selected.
        QTest::mouseClick(find<QPushButton>(&list, "duplicateButton"), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->currentIndex().data().toString(),
                 name(QStringLiteral("Listed")) + QStringLiteral(" (copy)"));
        QCOMPARE(readBack(QStringLiteral("integration/%1 (copy)/dbt_cloud_token")
                              .arg(name(QStringLiteral("Listed")))),
                 std::optional<QString>(QStringLiteral("dbtc_list_token")));

        // Enter edits the selected one.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(visibleChild<IntegrationDialog>(&list));
        auto *editing = visibleChild<IntegrationDialog>(&list);
        QCOMPARE(editing->path(), list.currentPath());
        QCOMPARE(find<QLineEdit>(editing, "nameEdit")->text(),
                 name(QStringLiteral("Listed")) + QStringLiteral(" (copy)"));
        editing->reject();

        // Delete asks first; Cancel keeps it, Delete removes the file and its secrets.
        const QString copyPath = list.currentPath();
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(visibleChild<QMessageBox>(&list));
        auto *box = visibleChild<QMessageBox>(&list);
        QCOMPARE(box->objectName(), QStringLiteral("confirmDeleteBox"));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(view->model()->rowCount(), 2);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(visibleChild<QMessageBox>(&list));
        visibleChild<QMessageBox>(&list)->button(QMessageBox::Yes)->click();
        QVERIFY(changed.wait(60000));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(!QFile::exists(copyPath));
        QCOMPARE(readBack(QStringLiteral("integration/%1 (copy)/dbt_cloud_token")
                              .arg(name(QStringLiteral("Listed")))),
                 std::optional<QString>());
        QCOMPARE(readBack(QStringLiteral("integration/%1/dbt_cloud_token")
                              .arg(name(QStringLiteral("Listed")))),
                 std::optional<QString>(QStringLiteral("dbtc_list_token")));

        // A broken file is listed with its error and can only be deleted.
        QFile bad(QDir(c.directory()).filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{");
        bad.close();
        list.refresh();
        QCOMPARE(view->model()->rowCount(), 2);
        list.selectPath(bad.fileName());
        QVERIFY(view->currentIndex()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not valid JSON")));
        QVERIFY(!find<QPushButton>(&list, "editButton")->isEnabled());
        QVERIFY(find<QPushButton>(&list, "deleteButton")->isEnabled());
        QVERIFY(QFile::remove(bad.fileName()));
    }

    void screenshots()
    {
        if (underKeyring())
            QSKIP("taken by the run without the keyring");
        auto dialog = newDialog();
        QSignalSpy jobs(dialog.get(), &IntegrationDialog::jobsLoaded);
        setText(dialog.get(), "nameEdit", QStringLiteral("Jaffle Shop (main)"));
        setText(dialog.get(), "repositoryEdit", QStringLiteral("acme/jaffle_shop"));
        setText(dialog.get(), "gitTokenEdit", QStringLiteral("ghp_example"));
        setText(dialog.get(), "hostEdit", QStringLiteral("warehouse.internal"));
        find<QSpinBox>(dialog.get(), "portSpin")->setValue(5432);
        setText(dialog.get(), "databaseEdit", QStringLiteral("analytics"));
        setText(dialog.get(), "userEdit", QStringLiteral("tidemark"));
        setText(dialog.get(), "passwordEdit", QStringLiteral("secret"));
        fillCloud(dialog.get(), m_cloud->token());
        QVERIFY(jobs.wait(10000));
        selectData(dialog.get(), "artifactsJobCombo", qint64(100));
        selectData(dialog.get(), "prJobCombo", qint64(101));
        find<QPlainTextEdit>(dialog.get(), "filesToIgnoreEdit")
            ->setPlainText(QStringLiteral("docs/**\n*.md"));
        find<QPlainTextEdit>(dialog.get(), "columnsToIgnoreEdit")
            ->setPlainText(QStringLiteral("_loaded_at"));
        QDir().mkpath(QStringLiteral(TIDEMARK_SCREENSHOT_DIR));
        auto *tabs = find<QTabWidget>(dialog.get(), "tabs");
        tabs->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QStringLiteral(TIDEMARK_SCREENSHOT_DIR "/integration_dialog_basic.png")));
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QStringLiteral(TIDEMARK_SCREENSHOT_DIR "/integration_dialog_advanced.png")));

        IntegrationListWidget list(catalog(), m_store, services());
        list.resize(360, 320);
        list.show();
        QVERIFY(list.grab().save(QStringLiteral(TIDEMARK_SCREENSHOT_DIR "/integration_list.png")));
    }
};

QTEST_MAIN(TestIntegrationDialog)
#include "tst_integration_dialog.moc"
