#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <thread>

namespace tidemark {
class Cancellation;
}

namespace tidemark::cli {

enum ExitCode { Success = 0, CheckFailed = 1, Failure = 2 };

// The translation context of the command line's messages: Tr::tr("...") in tidemark::cli.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::cli)
};

// Prints one line naming the cause to stderr and returns Failure.
int fail(const QString &message);

void printOut(const std::string &text);
void printOut(const QString &text);

// Parses `arguments` (the command's own, the program name first) with `parser`; on a usage error
// prints it and returns Failure, on --help prints the help and returns Success.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &synopsis);

// Reads a --format option against the allowed values.
std::optional<QString> formatOption(const QCommandLineParser &parser, const QString &name,
                                    const QStringList &allowed);

// A non-negative whole number option; `fallback` when it is absent.
std::optional<int> countOption(const QCommandLineParser &parser, const QString &name, int fallback);

// While it lives, Ctrl-C (SIGINT) and SIGTERM cancel `token`: the handler only posts a semaphore
// (what a signal handler may do), a thread of its own cancels. The default handlers come back
// when it is destroyed.
class InterruptCancels final
{
public:
    explicit InterruptCancels(Cancellation &token);
    ~InterruptCancels();
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    std::thread m_thread;
};

} // namespace tidemark::cli
