#include "cli_common.h"

#include "common/cancellation.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <semaphore.h>

namespace tidemark::cli {

namespace {

sem_t g_interrupted;
std::atomic<bool> g_stopping = false;

void onInterrupt(int)
{
    sem_post(&g_interrupted); // async-signal-safe
}

} // namespace

InterruptCancels::InterruptCancels(Cancellation &token)
{
    sem_init(&g_interrupted, 0, 0);
    g_stopping = false;
    m_thread = std::thread([&token] {
        while (sem_wait(&g_interrupted) != 0) {
            // interrupted by a signal before the post: wait again
        }
        if (!g_stopping)
            token.cancel();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

InterruptCancels::~InterruptCancels()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_stopping = true;
    sem_post(&g_interrupted);
    m_thread.join();
    sem_destroy(&g_interrupted);
}

int fail(const QString &message)
{
    const QByteArray line = QStringLiteral("tidemark-cli: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Failure;
}

void printOut(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (text.empty() || text.back() != '\n')
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    printOut(text.toStdString());
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &synopsis)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + Tr::tr(" (see --help)"));
    if (parser.isSet(help)) {
        // Qt names the executable's path in the first line; name the command instead.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd,
                     QStringLiteral("Usage: %1 [options]").arg(arguments.value(0)));
        printOut(text);
        return Success;
    }
    return std::nullopt;
}

std::optional<QString> formatOption(const QCommandLineParser &parser, const QString &name,
                                    const QStringList &allowed)
{
    const QString value = parser.isSet(name) ? parser.value(name) : allowed.front();
    if (!allowed.contains(value))
        return std::nullopt;
    return value;
}

std::optional<int> countOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace tidemark::cli
