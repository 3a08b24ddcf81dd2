#include "workspace/demo_workspace.h"
#include "translation.h"

#include "warehouse/connection_spec.h"
#include "warehouse/database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace tidemark::ui {

namespace {

// lupdate files the Tr::tr() calls of free functions under the enclosing namespace, so that is the
// context the translations are looked up in.
const char *const kArtifacts[]
    = {"prod/manifest.json", "prod/run_results.json", "pr/manifest.json", "pr/run_results.json"};
const char kWarehouseResource[] = ":/demo/warehouse.json";
const char kStampFile[] = "demo.stamp";
const char kMainDatabase[] = "warehouse.db";

Expected<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("the demo resource %1 is missing from this build").arg(path)};
    return file.readAll();
}

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {Tr::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

// Runs the bundled statements into <folder>/warehouse.db and one <schema>.db per schema, through
// the warehouse layer the diffs use (its quoting, its error messages).
Expected<void> buildWarehouse(const QString &folder, const QByteArray &script)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(script.constData(), script.constData() + script.size());
    } catch (const nlohmann::json::exception &e) {
        return Error {
            Tr::tr("the demo warehouse script is damaged: %1").arg(QString::fromUtf8(e.what()))};
    }
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.db")}, QDir::Files))
        QFile::remove(dir.filePath(name));
    const QString mainFile = dir.filePath(QLatin1String(kMainDatabase));
    if (auto created = writeFile(mainFile, {});
        !created) // an empty file is an empty SQLite database
        return created.error();

    auto spec = warehouse::parseConnectionUrl(QStringLiteral("sqlite://") + mainFile);
    if (!spec)
        return spec.error();
    auto db = warehouse::openDatabase(*spec);
    if (!db)
        return db.error();
    auto fail = [](const Error &error) {
        return Error {Tr::tr("building the demo warehouse failed: %1").arg(error.message)};
    };
    for (const auto &schema : json.value("schemas", nlohmann::json::array())) {
        const QString name = QString::fromStdString(schema.get<std::string>());
        auto attached
            = (*db)->query(QStringLiteral("ATTACH DATABASE ? AS ") + (*db)->dialect().quote(name),
                           {dir.filePath(name + QStringLiteral(".db"))}, {});
        if (!attached)
            return fail(attached.error());
    }
    for (const auto &statement : json.value("statements", nlohmann::json::array())) {
        if (auto done = (*db)->execute(QString::fromStdString(statement.get<std::string>())); !done)
            return fail(done.error());
    }
    return {};
}

ci::Integration demoIntegration(const QString &folder)
{
    const QDir dir(folder);
    ci::Integration integration;
    integration.name = QStringLiteral("Demo: Tidemark Coffee Roasters");
    integration.repository.provider = QStringLiteral("github");
    integration.repository.owner = QStringLiteral("tidemark-coffee");
    integration.repository.name = QStringLiteral("analytics");
    integration.connectionUrl
        = QStringLiteral("sqlite://") + dir.filePath(QLatin1String(kMainDatabase));
    ci::LocalPullRequest pr;
    pr.number = 17;
    pr.title = QStringLiteral(
        "Order margins, product sales by margin, and one spelling of \u201ccancelled\u201d");
    pr.headSha = QStringLiteral("5f3c2a9e81d04b7c9e6a2f1d8b3c7e4a0f9d2c61");
    pr.baseBranch = QStringLiteral("main");
    integration.artifacts
        = ci::LocalArtifacts {dir.filePath(QStringLiteral("prod/manifest.json")),
                              dir.filePath(QStringLiteral("pr/manifest.json")), pr};
    // Every build stamps its rows with its own start time; reviewers ignore that column.
    integration.ci.columnsToIgnore = {QStringLiteral("loaded_at")};
    return integration;
}

} // namespace

QString defaultDemoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

Expected<DemoWorkspace> prepareDemoWorkspace(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error {Tr::tr("cannot create the demo folder %1").arg(folder)};
    const QDir dir(folder);

    QCryptographicHash stamp(QCryptographicHash::Sha256);
    std::vector<std::pair<QString, QByteArray>> files;
    for (const char *artifact : kArtifacts) {
        auto bytes = readResource(QStringLiteral(":/demo/") + QLatin1String(artifact));
        if (!bytes)
            return bytes.error();
        stamp.addData(*bytes);
        files.emplace_back(dir.filePath(QLatin1String(artifact)), std::move(*bytes));
    }
    auto script = readResource(QLatin1String(kWarehouseResource));
    if (!script)
        return script.error();
    stamp.addData(*script);
    const QByteArray wanted = stamp.result().toHex();

    QFile stampFile(dir.filePath(QLatin1String(kStampFile)));
    const bool upToDate = stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == wanted
        && QFileInfo::exists(dir.filePath(QLatin1String(kMainDatabase)));
    stampFile.close();
    if (!upToDate) {
        QFile::remove(stampFile.fileName());
        for (const auto &[path, bytes] : files) {
            if (auto written = writeFile(path, bytes); !written)
                return written.error();
        }
        if (auto built = buildWarehouse(folder, *script); !built)
            return built.error();
        if (auto written = writeFile(stampFile.fileName(), wanted); !written)
            return written.error();
    }

    DemoWorkspace demo;
    demo.folder = folder;
    demo.integration = demoIntegration(folder);
    return demo;
}

} // namespace tidemark::ui
