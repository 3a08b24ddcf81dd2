#include "secrets/keychain_secret_store.h"
#include "common/cancellation.h"
#include "common/translation.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>
#include <algorithm>

#include <memory>

namespace tidemark::secrets {

namespace {

// The one thread all QtKeychain jobs run on. QtKeychain queues jobs through a singleton that lives
// in the thread of the first job and is not thread-safe; jobs started on pool threads that later
// exit would leave that queue stuck. The thread stops when the QCoreApplication is destroyed.
QMutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_context = nullptr;

void stopKeychainThread()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_thread;
    g_thread = nullptr;
    g_context = nullptr; // deleted by the thread's finished signal
}

QObject *keychainContext()
{
    QMutexLocker lock(&g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("tidemark-keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        QObject::connect(g_thread, &QThread::finished, g_context, &QObject::deleteLater);
        g_thread->start();
        static bool postRoutineAdded = false;
        if (!postRoutineAdded) {
            qAddPostRoutine(stopKeychainThread);
            postRoutineAdded = true;
        }
    }
    return g_context;
}

enum class Operation { Read, Write, Remove };

// What a finished job reported, copied out in the keychain thread before the job deletes itself.
struct JobState
{
    QMutex mutex;
    QWaitCondition finished;
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

struct JobOutcome
{
    bool timedOut = false;
    bool cancelled = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

JobOutcome runJob(Operation operation, const QString &key, const QString &secret,
                  std::chrono::milliseconds timeout, const Cancellation *cancel = nullptr)
{
    auto state = std::make_shared<JobState>();
    QObject *context = keychainContext();
    QMetaObject::invokeMethod(
        context,
        [state, operation, key, secret] {
            const QString service = QLatin1String(KeychainSecretStore::kServiceName);
            QKeychain::Job *job = nullptr;
            switch (operation) {
            case Operation::Read: job = new QKeychain::ReadPasswordJob(service); break;
            case Operation::Write: {
                auto *write = new QKeychain::WritePasswordJob(service);
                write->setTextData(secret);
                job = write;
                break;
            }
            case Operation::Remove: job = new QKeychain::DeletePasswordJob(service); break;
            }
            job->setAutoDelete(true); // deletes itself after `finished`
            job->setInsecureFallback(false); // never a plain-text file
            job->setKey(key);
            QObject::connect(
                job, &QKeychain::Job::finished, job, [state](QKeychain::Job *finishedJob) {
                    QMutexLocker lock(&state->mutex);
                    state->error = finishedJob->error();
                    state->errorString = finishedJob->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                        state->text = read->textData();
                    state->done = true;
                    state->finished.wakeAll();
                });
            job->start();
        },
        Qt::QueuedConnection);

    JobOutcome outcome;
    QMutexLocker lock(&state->mutex);
    const QDeadlineTimer deadline(timeout);
    // The job goes on after a timeout or a cancel and finishes into `state`, which it shares.
    while (!state->done) {
        if (cancel && cancel->isCancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (deadline.hasExpired()) {
            outcome.timedOut = true;
            return outcome;
        }
        // Looks at the cancellation every 100 ms while waiting.
        const QDeadlineTimer slice(std::min<qint64>(deadline.remainingTime(), 100));
        state->finished.wait(&state->mutex, cancel ? slice : deadline);
    }
    outcome.error = state->error;
    outcome.errorString = state->errorString;
    outcome.text = std::move(state->text);
    return outcome;
}

// Whether the backend's own words say that nothing answers on the session bus.
bool meansNoKeychain(const QString &detail)
{
    static const char *const hints[] = {
        "not provided by any .service files", // nothing owns org.freedesktop.secrets
        "serviceunknown",
        "could not connect",
        "cannot autolaunch d-bus",
        "cannot spawn a message bus",
        "dbus_session_bus_address",
        "d-bus is not running",
        "no keyring daemon",
        "no keychain service available",
    };
    const QString lower = detail.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

// gnome-keyring without a login keyring, in a session that cannot show its prompt to create one:
// "Object does not exist at path /org/freedesktop/secrets/collection/login".
bool meansNoDefaultKeyring(const QString &detail)
{
    const QString lower = detail.toLower();
    return lower.contains(QLatin1String("/org/freedesktop/secrets/collection"))
        && lower.contains(QLatin1String("does not exist"));
}

QString environmentHint(const QString &key)
{
    if (const std::optional<SecretKind> kind = secretKindOfKey(key))
        return environmentVariable(*kind);
    return QStringLiteral("TIDEMARK_DBT_CLOUD_TOKEN, TIDEMARK_GIT_TOKEN or TIDEMARK_PASSWORD");
}

// The backend's detail, cleaned to one line and never carrying the secret.
QString cleanDetail(QString detail, const QString &secret)
{
    detail = detail.simplified();
    if (!secret.isEmpty())
        detail.replace(secret, QStringLiteral("***"));
    if (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    return detail.isEmpty() ? Tr::tr("unknown error") : detail;
}

Error explain(Operation operation, const QString &key, const JobOutcome &outcome,
              const QString &secret, std::chrono::milliseconds timeout)
{
    const QString what = describeSecret(key);
    QString action;
    switch (operation) {
    case Operation::Read:
        action = Tr::tr("cannot read %1 from the system keychain").arg(what);
        break;
    case Operation::Write:
        action = Tr::tr("cannot save %1 in the system keychain").arg(what);
        break;
    case Operation::Remove:
        action = Tr::tr("cannot remove %1 from the system keychain").arg(what);
        break;
    }
    if (outcome.cancelled)
        return Error {Tr::tr("%1: cancelled while waiting for the keychain").arg(action)};
    if (outcome.timedOut) {
        return Error {
            Tr::tr("%1: the keychain did not answer within %2 seconds; check that it is running "
                   "and unlocked")
                .arg(action)
                .arg(qint64(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()))};
    }
    const QString detail = cleanDetail(outcome.errorString, secret);
    switch (outcome.error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error {
            Tr::tr("%1: access was denied (%2); unlock the keychain or allow Tidemark to use it, "
                   "then try again")
                .arg(action, detail)};
    default:
        if (meansNoDefaultKeyring(outcome.errorString)) {
            return Error {
                Tr::tr(
                    "%1: the keychain has no default keyring (and could not show a prompt to "
                    "create "
                    "one); create or unlock one in the keyring manager (e.g. Seahorse), or set %2 "
                    "instead")
                    .arg(action, environmentHint(key))};
        }
        if (!meansNoKeychain(outcome.errorString))
            return Error {Tr::tr("%1: %2; check that the keychain is running and unlocked")
                              .arg(action, detail)};
        break;
    }
    return Error {Tr::tr("%1: no system keychain is running (on Linux: a Secret Service such as "
                         "gnome-keyring); start one, or set %2 instead")
                      .arg(action, environmentHint(key))};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

Expected<std::optional<QString>> KeychainSecretStore::read(const QString &key,
                                                           const Cancellation *cancel)
{
    JobOutcome outcome = runJob(Operation::Read, key, {}, m_timeout, cancel);
    const bool answered = !outcome.timedOut && !outcome.cancelled;
    if (answered && outcome.error == QKeychain::NoError)
        return std::optional<QString>(std::move(outcome.text));
    if (answered && outcome.error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    return explain(Operation::Read, key, outcome, {}, m_timeout);
}

Expected<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    const JobOutcome outcome = runJob(Operation::Write, key, secret, m_timeout);
    if (!outcome.timedOut && outcome.error == QKeychain::NoError)
        return {};
    return explain(Operation::Write, key, outcome, secret, m_timeout);
}

Expected<void> KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runJob(Operation::Remove, key, {}, m_timeout);
    if (!outcome.timedOut
        && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return {};
    return explain(Operation::Remove, key, outcome, {}, m_timeout);
}

} // namespace tidemark::secrets
