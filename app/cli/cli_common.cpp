#include "cli_common.h"

#include <QCoreApplication>

#include <cstdio>

namespace tidemark::cli {

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

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("tidemark::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QCoreApplication::translate("tidemark::cli", " (see --help)"));
    if (parser.isSet(help)) {
        // Qt names the executable's path in the first line; name the command instead.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, firstLineEnd, QStringLiteral("Usage: %1 [options]").arg(arguments.value(0)));
        printOut(text);
        return Success;
    }
    return std::nullopt;
}

std::optional<QString> formatOption(const QCommandLineParser &parser, const QString &name, const QStringList &allowed)
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
