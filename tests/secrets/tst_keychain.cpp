// Secrets in the real system keychain: a gnome-keyring Secret Service in a private D-Bus session
// (with_keyring.sh sets it up and sets TIDEMARK_TEST_KEYRING=1), the environment variables of CI,
// and the chain of the two. The secret is checked in the Secret Service itself over D-Bus, from a
// second process, and never appears in an error.

#include "ci/integration.h"
#include "common/cancellation.h"
#include "secrets/chained_secret_store.h"
#include "secrets/env_secret_store.h"
#include "secrets/keychain_secret_store.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace tidemark;
using namespace tidemark::secrets;

namespace {

// The error of a failed result, or nothing (errorMessage() is only for failures).
template<typename Result> QString why(const Result &result)
{
    return result ? QString() : result.errorMessage();
}

const char *const kChildMode = "TIDEMARK_KEYCHAIN_TEST_CHILD"; // read|write|remove|read-cancelled
const char *const kChildKey = "TIDEMARK_KEYCHAIN_TEST_KEY";
const char *const kChildSecret = "TIDEMARK_KEYCHAIN_TEST_SECRET";

QString uniqueIntegration()
{
    return QStringLiteral("tst-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Runs one store call in a child process (this binary, or `wrapper` running it) and returns its
// one line of output: "value:<secret>", "notfound", "ok" or "error:<message>".
QString runChild(const QString &mode, const QString &key, const QString &secret = {},
                 const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                 const QStringList &wrapper = {})
{
    QProcessEnvironment env = base;
    env.insert(QLatin1String(kChildMode), mode);
    env.insert(QLatin1String(kChildKey), key);
    if (!secret.isEmpty())
        env.insert(QLatin1String(kChildSecret), secret);
    QProcess child;
    child.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        child.start(QCoreApplication::applicationFilePath(), {});
    else
        child.start(wrapper.first(), wrapper.mid(1) << QCoreApplication::applicationFilePath());
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        return QStringLiteral("error:child timed out");
    }
    QString line = QString::fromUtf8(child.readAllStandardOutput());
    if (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    return line;
}

int childMain()
{
    const QString mode = qEnvironmentVariable(kChildMode);
    const QString key = qEnvironmentVariable(kChildKey);
    KeychainSecretStore store(std::chrono::seconds(30));
    QString line;
    if (mode == QLatin1String("read")) {
        const auto value = store.read(key);
        line = !value            ? QStringLiteral("error:") + value.errorMessage()
            : value->has_value() ? QStringLiteral("value:") + **value
                                 : QStringLiteral("notfound");
    } else if (mode == QLatin1String("read-cancelled")) {
        // Cancelled 300 ms into the read: "error:<message>|<ms the read took>".
        Cancellation cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        QElapsedTimer took;
        took.start();
        const auto value = store.read(key, &cancel);
        const qint64 ms = took.elapsed();
        canceller.join();
        line
            = (value ? QStringLiteral("answered") : QStringLiteral("error:") + value.errorMessage())
            + QStringLiteral("|%1").arg(ms);
    } else if (mode == QLatin1String("write") || mode == QLatin1String("remove")) {
        const auto done = mode == QLatin1String("write")
            ? store.write(key, qEnvironmentVariable(kChildSecret))
            : store.remove(key);
        line = done ? QStringLiteral("ok") : QStringLiteral("error:") + done.errorMessage();
    } else {
        line = QStringLiteral("error:unknown child mode");
    }
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

// The Secret Service itself, over D-Bus: the items QtKeychain wrote under service "Tidemark".
class SecretService
{
public:
    SecretService()
        : m_bus(QDBusConnection::sessionBus())
    {
        qDBusRegisterMetaType<QMap<QString, QString>>();
    }

    bool open()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
        call << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage reply = m_bus.call(call);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return false;
        m_session = reply.arguments().at(1).value<QDBusObjectPath>();
        return !m_session.path().isEmpty();
    }

    // Unlocked items whose attributes say: written by QtKeychain for Tidemark under `key`.
    QList<QDBusObjectPath> items(const QString &key) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        QMap<QString, QString> attributes;
        attributes.insert(QStringLiteral("server"),
                          QLatin1String(KeychainSecretStore::kServiceName));
        attributes.insert(QStringLiteral("user"), key);
        call << QVariant::fromValue(attributes);
        const QDBusMessage reply = m_bus.call(call);
        QList<QDBusObjectPath> unlocked;
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            reply.arguments().at(0).value<QDBusArgument>() >> unlocked;
        return unlocked;
    }

    QByteArray secret(const QDBusObjectPath &item) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), item.path(),
            QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("GetSecret"));
        call << QVariant::fromValue(m_session);
        const QDBusMessage reply = m_bus.call(call);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        // (oayays): session, parameters, value, content type
        const QDBusArgument argument = reply.arguments().at(0).value<QDBusArgument>();
        QDBusObjectPath session;
        QByteArray parameters;
        QByteArray value;
        QString contentType;
        argument.beginStructure();
        argument >> session >> parameters >> value >> contentType;
        argument.endStructure();
        return value;
    }

private:
    QDBusConnection m_bus;
    QDBusObjectPath m_session;
};

} // namespace

// Skips the calling test unless it runs in with_keyring.sh's private keyring, so that running the
// binary by hand never touches the user's own keychain.
#define REQUIRE_PRIVATE_KEYRING()                                                                  \
    do {                                                                                           \
        if (!m_realKeychain)                                                                       \
            QSKIP("needs the private keyring of with_keyring.sh (run it through ctest)");          \
    } while (false)

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    bool m_realKeychain = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_realKeychain = qEnvironmentVariable("TIDEMARK_TEST_KEYRING") == QLatin1String("1");
        qunsetenv("TIDEMARK_DBT_CLOUD_TOKEN");
        qunsetenv("TIDEMARK_GIT_TOKEN");
        qunsetenv("TIDEMARK_PASSWORD");
    }

    void keys()
    {
        QCOMPARE(secretKey(QStringLiteral("shop"), SecretKind::DbtCloudToken),
                 QStringLiteral("integration/shop/dbt_cloud_token"));
        QCOMPARE(secretKey(QStringLiteral("shop"), SecretKind::GitToken),
                 QStringLiteral("integration/shop/git_token"));
        QCOMPARE(secretKey(QStringLiteral("shop"), SecretKind::WarehousePassword),
                 QStringLiteral("integration/shop/warehouse_password"));
        // The integration's own key helpers name the same entries.
        ci::Integration integration;
        integration.name = QStringLiteral("jaffle shop/eu");
        QCOMPARE(integration.dbtCloudTokenKey(),
                 secretKey(integration.name, SecretKind::DbtCloudToken));
        QCOMPARE(integration.gitTokenKey(), secretKey(integration.name, SecretKind::GitToken));
        QCOMPARE(integration.warehousePasswordKey(),
                 secretKey(integration.name, SecretKind::WarehousePassword));

        QCOMPARE(secretKindOfKey(integration.gitTokenKey()), std::optional(SecretKind::GitToken));
        QCOMPARE(secretKindOfKey(QStringLiteral("something/else")), std::optional<SecretKind>());
        QCOMPARE(environmentVariable(SecretKind::DbtCloudToken),
                 QStringLiteral("TIDEMARK_DBT_CLOUD_TOKEN"));
        QCOMPARE(environmentVariable(SecretKind::GitToken), QStringLiteral("TIDEMARK_GIT_TOKEN"));
        QCOMPARE(environmentVariable(SecretKind::WarehousePassword),
                 QStringLiteral("TIDEMARK_PASSWORD"));
        QCOMPARE(describeSecret(integration.warehousePasswordKey()),
                 QStringLiteral("the warehouse password of integration \"jaffle shop/eu\""));
    }

    void writeReadOverwriteRemove()
    {
        REQUIRE_PRIVATE_KEYRING();
        const QString key = secretKey(uniqueIntegration(), SecretKind::DbtCloudToken);
        KeychainSecretStore store;

        // Nothing there yet: "not found" is a value, not an error.
        auto missing = store.read(key);
        QVERIFY2(missing, qPrintable(why(missing)));
        QVERIFY(!missing->has_value());

        const QString first
            = QStringLiteral("dbtc_first-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        auto written = store.write(key, first);
        QVERIFY2(written, qPrintable(why(written)));
        auto value = store.read(key);
        QVERIFY2(value, qPrintable(why(value)));
        QCOMPARE(value->value_or(QString()), first);

        // Independent readers: a new store, another process, and the Secret Service over D-Bus.
        KeychainSecretStore other;
        QCOMPARE(other.read(key)->value_or(QString()), first);
        QCOMPARE(runChild(QStringLiteral("read"), key), QStringLiteral("value:") + first);
        SecretService service;
        QVERIFY(service.open());
        QList<QDBusObjectPath> items = service.items(key);
        QCOMPARE(items.size(), 1);
        QCOMPARE(QString::fromUtf8(service.secret(items.first())), first);
        if (const QString secretTool
            = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
            !secretTool.isEmpty()) {
            QProcess lookup;
            lookup.start(secretTool,
                         {QStringLiteral("lookup"), QStringLiteral("server"),
                          QLatin1String(KeychainSecretStore::kServiceName), QStringLiteral("user"),
                          key});
            QVERIFY(lookup.waitForFinished(30000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), first);
        }

        // Overwriting replaces the one entry.
        const QString second = QStringLiteral("dbtc_second");
        QVERIFY(store.write(key, second));
        QCOMPARE(store.read(key)->value_or(QString()), second);
        items = service.items(key);
        QCOMPARE(items.size(), 1);
        QCOMPARE(QString::fromUtf8(service.secret(items.first())), second);

        // Removing, and removing again.
        auto removed = store.remove(key);
        QVERIFY2(removed, qPrintable(why(removed)));
        missing = store.read(key);
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
        QVERIFY(service.items(key).isEmpty());
        QCOMPARE(runChild(QStringLiteral("read"), key), QStringLiteral("notfound"));
        QVERIFY(store.remove(key));
    }

    void secretsOfAnyShape_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("unicode") << QStringLiteral("pässwörd-密码-🔑");
        QTest::newRow("spaces and quotes") << QStringLiteral(" a \"quoted\" 'secret' with spaces ");
        QTest::newRow("long") << QString(4096, QLatin1Char('x'));
        QTest::newRow("symbols") << QStringLiteral("p@ss:w/rd;%00\\n$HOME");
    }

    void secretsOfAnyShape()
    {
        REQUIRE_PRIVATE_KEYRING();
        QFETCH(QString, secret);
        const QString key = secretKey(uniqueIntegration(), SecretKind::WarehousePassword);
        KeychainSecretStore store;
        QVERIFY(store.write(key, secret));
        QCOMPARE(KeychainSecretStore().read(key)->value_or(QString()), secret);
        QCOMPARE(runChild(QStringLiteral("read"), key), QStringLiteral("value:") + secret);
        QVERIFY(store.remove(key));
    }

    void separateKeysStaySeparate()
    {
        REQUIRE_PRIVATE_KEYRING();
        const QString name = uniqueIntegration();
        KeychainSecretStore store;
        QVERIFY(store.write(secretKey(name, SecretKind::DbtCloudToken), QStringLiteral("t1")));
        QVERIFY(store.write(secretKey(name, SecretKind::GitToken), QStringLiteral("t2")));
        QCOMPARE(store.read(secretKey(name, SecretKind::DbtCloudToken))->value_or(QString()),
                 QStringLiteral("t1"));
        QCOMPARE(store.read(secretKey(name, SecretKind::GitToken))->value_or(QString()),
                 QStringLiteral("t2"));
        QVERIFY(!store.read(secretKey(name, SecretKind::WarehousePassword))->has_value());
        QVERIFY(store.remove(secretKey(name, SecretKind::DbtCloudToken)));
        QCOMPARE(store.read(secretKey(name, SecretKind::GitToken))->value_or(QString()),
                 QStringLiteral("t2"));
        QVERIFY(store.remove(secretKey(name, SecretKind::GitToken)));
    }

    // Worker threads (pool threads come and go) get a blocking call, concurrently or one after
    // another, and the keychain still answers on the main thread after they are gone.
    void fromWorkerThreads()
    {
        REQUIRE_PRIVATE_KEYRING();
        const QString name = uniqueIntegration();
        const QString key = secretKey(name, SecretKind::GitToken);
        QVERIFY(KeychainSecretStore().write(key, QStringLiteral("from-main")));

        std::atomic<int> good {0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(QThread::create([&good, name, i] {
                KeychainSecretStore store;
                const QString own = secretKey(name + QString::number(i), SecretKind::DbtCloudToken);
                const QString secret = QStringLiteral("thread-%1").arg(i);
                if (!store.write(own, secret))
                    return;
                const auto shared = store.read(secretKey(name, SecretKind::GitToken));
                const auto mine = store.read(own);
                if (shared && mine && shared->value_or(QString()) == QLatin1String("from-main")
                    && mine->value_or(QString()) == secret && store.remove(own))
                    ++good;
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(good.load(), 4);
        threads.clear();

        KeychainSecretStore store;
        QCOMPARE(store.read(key)->value_or(QString()), QStringLiteral("from-main"));
        QVERIFY(store.remove(key));
    }

    // Without a keychain the error says so, names the variable to use instead and carries no
    // secret.
    void noKeychainRunning()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        const QString gitKey = secretKey(QStringLiteral("shop"), SecretKind::GitToken);
        const QString readLine = runChild(QStringLiteral("read"), gitKey, {}, env);
        QVERIFY2(readLine.startsWith(QLatin1String("error:")), qPrintable(readLine));
        QVERIFY2(readLine.contains(QLatin1String("no system keychain is running")),
                 qPrintable(readLine));
        QVERIFY2(readLine.contains(QLatin1String("TIDEMARK_GIT_TOKEN")), qPrintable(readLine));
        QVERIFY2(readLine.contains(QLatin1String("the code host token of integration \"shop\"")),
                 qPrintable(readLine));
        QVERIFY(!readLine.contains(QLatin1Char('\n')));
        qInfo("without a keychain: %s", qPrintable(readLine.mid(6)));

        const QString secret = QStringLiteral("super-secret-value-42");
        const QString passwordKey
            = secretKey(QStringLiteral("shop"), SecretKind::WarehousePassword);
        const QString writeLine = runChild(QStringLiteral("write"), passwordKey, secret, env);
        QVERIFY2(writeLine.startsWith(QLatin1String("error:")), qPrintable(writeLine));
        QVERIFY2(writeLine.contains(QLatin1String("no system keychain is running")),
                 qPrintable(writeLine));
        QVERIFY2(writeLine.contains(QLatin1String("TIDEMARK_PASSWORD")), qPrintable(writeLine));
        QVERIFY(!writeLine.contains(secret));

        const QString removeLine = runChild(QStringLiteral("remove"), passwordKey, {}, env);
        QVERIFY2(removeLine.contains(QLatin1String("no system keychain is running")),
                 qPrintable(removeLine));
    }

    // A keychain that never answers (a session bus that accepts the connection and stays silent):
    // a cancelled read returns within a second, says so, and the process still ends.
    void cancelWhileTheKeychainWaits()
    {
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent-bus"))));
        std::vector<QLocalSocket *> held; // accepted and never answered
        connect(&silent, &QLocalServer::newConnection, &silent, [&] {
            while (QLocalSocket *socket = silent.nextPendingConnection())
                held.push_back(socket);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + silent.fullServerName());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        QProcess child;
        QProcessEnvironment childEnv = env;
        childEnv.insert(QLatin1String(kChildMode), QStringLiteral("read-cancelled"));
        childEnv.insert(QLatin1String(kChildKey),
                        secretKey(QStringLiteral("shop"), SecretKind::WarehousePassword));
        child.setProcessEnvironment(childEnv);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // The event loop runs here so that the silent bus accepts the child's connection.
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 60000);
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QVERIFY2(!held.empty(), "the child never connected to the silent bus");
        QVERIFY2(line.startsWith(QLatin1String("error:")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("cancelled while waiting for the keychain")),
                 qPrintable(line));
        const qint64 ms = line.section(QLatin1Char('|'), -1).toLongLong();
        QVERIFY2(ms >= 250 && ms < 1000, qPrintable(line));
        qInfo("cancelled keychain read: %s", qPrintable(line.mid(6)));
    }

    // A Secret Service without a keyring, where no prompt to create one can be shown (a fresh
    // home in its own D-Bus session): writing says what is missing.
    void noDefaultKeyring()
    {
        const QString runSession
            = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        QVERIFY2(!runSession.isEmpty(), "dbus-run-session is not installed (Debian: dbus)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *dir : {"run", "data", "config"})
            QVERIFY(QDir(home.path()).mkdir(QLatin1String(dir)));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        const QString secret = QStringLiteral("never-shown-7");
        const QString line = runChild(QStringLiteral("write"),
                                      secretKey(QStringLiteral("shop"), SecretKind::DbtCloudToken),
                                      secret, env, {runSession, QStringLiteral("--")});
        QVERIFY2(line.startsWith(QLatin1String("error:")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("no default keyring"))
                     || line.contains(QLatin1String("no system keychain")),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("TIDEMARK_DBT_CLOUD_TOKEN")), qPrintable(line));
        QVERIFY(!line.contains(secret));
        qInfo("without a keyring: %s", qPrintable(line.mid(6)));
    }

    void environmentVariables()
    {
        EnvSecretStore store;
        const QString name = QStringLiteral("shop");
        QVERIFY(!store.read(secretKey(name, SecretKind::DbtCloudToken))->has_value());

        qputenv("TIDEMARK_DBT_CLOUD_TOKEN", "env-dbt");
        qputenv("TIDEMARK_GIT_TOKEN", "env-git");
        qputenv("TIDEMARK_PASSWORD", "env-pw");
        QCOMPARE(store.read(secretKey(name, SecretKind::DbtCloudToken))->value_or(QString()),
                 QStringLiteral("env-dbt"));
        QCOMPARE(store.read(secretKey(name, SecretKind::GitToken))->value_or(QString()),
                 QStringLiteral("env-git"));
        QCOMPARE(store.read(secretKey(QStringLiteral("other"), SecretKind::WarehousePassword))
                     ->value_or(QString()),
                 QStringLiteral("env-pw"));
        QVERIFY(!store.read(QStringLiteral("unrelated/key"))->has_value());

        // Read-only, and the error names the variable but never the value.
        const auto written
            = store.write(secretKey(name, SecretKind::WarehousePassword), QStringLiteral("new-pw"));
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QLatin1String("TIDEMARK_PASSWORD")),
                 qPrintable(written.errorMessage()));
        QVERIFY(!written.errorMessage().contains(QLatin1String("new-pw")));
        QVERIFY(!written.errorMessage().contains(QLatin1String("env-pw")));
        QVERIFY(!store.remove(secretKey(name, SecretKind::GitToken)));

        // An empty variable (CI's missing secret) counts as unset.
        qputenv("TIDEMARK_GIT_TOKEN", "");
        QVERIFY(!store.read(secretKey(name, SecretKind::GitToken))->has_value());

        qunsetenv("TIDEMARK_DBT_CLOUD_TOKEN");
        qunsetenv("TIDEMARK_GIT_TOKEN");
        qunsetenv("TIDEMARK_PASSWORD");
    }

    // The environment first (CI), then the keychain; writes go to the keychain.
    void chainedStore()
    {
        REQUIRE_PRIVATE_KEYRING();
        const QString name = uniqueIntegration();
        const QString key = secretKey(name, SecretKind::DbtCloudToken);
        std::unique_ptr<SecretStore> store = createDefaultSecretStore();

        QVERIFY(!store->read(key)->has_value());
        QVERIFY(store->write(key, QStringLiteral("in-keychain")));
        QCOMPARE(KeychainSecretStore().read(key)->value_or(QString()),
                 QStringLiteral("in-keychain"));
        QCOMPARE(store->read(key)->value_or(QString()), QStringLiteral("in-keychain"));

        qputenv("TIDEMARK_DBT_CLOUD_TOKEN", "from-env");
        QCOMPARE(store->read(key)->value_or(QString()), QStringLiteral("from-env"));
        qunsetenv("TIDEMARK_DBT_CLOUD_TOKEN");
        QCOMPARE(store->read(key)->value_or(QString()), QStringLiteral("in-keychain"));

        QVERIFY(store->remove(key));
        QVERIFY(!store->read(key)->has_value());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildMode))
        return childMain();
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
