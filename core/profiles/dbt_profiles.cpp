#include "profiles/dbt_profiles.h"
#include "common/translation.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace tidemark::profiles {

namespace {

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list << toVariant(item);
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.as<std::string>()),
                       toVariant(item.second));
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: break;
    }
    return {};
}

enum class Family { Postgres, MySql, Sqlite, Unsupported };

Family familyOf(const QString &adapter)
{
    static const QStringList postgres = {QStringLiteral("postgres"),  QStringLiteral("postgresql"),
                                         QStringLiteral("redshift"),  QStringLiteral("materialize"),
                                         QStringLiteral("greenplum"), QStringLiteral("cockroachdb"),
                                         QStringLiteral("alloydb"),   QStringLiteral("risingwave")};
    if (postgres.contains(adapter))
        return Family::Postgres;
    if (adapter == QLatin1String("mysql") || adapter == QLatin1String("mysql5")
        || adapter == QLatin1String("mariadb"))
        return Family::MySql;
    if (adapter == QLatin1String("sqlite"))
        return Family::Sqlite;
    return Family::Unsupported;
}

int defaultPort(const QString &adapter)
{
    if (adapter == QLatin1String("redshift"))
        return 5439;
    if (adapter == QLatin1String("cockroachdb"))
        return 26257;
    return 0;
}

} // namespace

EnvironmentLookup systemEnvironment()
{
    return [](const QString &name) -> std::optional<QString> {
        const QByteArray key = name.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(key.constData()))
            return std::nullopt;
        return qEnvironmentVariable(key.constData());
    };
}

QString defaultProfilesPath(const EnvironmentLookup &environment)
{
    if (environment) {
        if (const auto dir = environment(QStringLiteral("DBT_PROFILES_DIR"));
            dir && !dir->isEmpty())
            return QDir(*dir).filePath(QStringLiteral("profiles.yml"));
    }
    return QDir::home().filePath(QStringLiteral(".dbt/profiles.yml"));
}

Expected<QString> renderEnvVars(const QString &text, const EnvironmentLookup &environment)
{
    // {{ env_var('NAME'[, 'default' | "default" | 123]) [| filter ...] }}
    static const QRegularExpression call(QStringLiteral(
        "\\{\\{\\s*env_var\\s*\\(\\s*(['\"])([^'\"]*)\\1\\s*"
        "(?:,\\s*(?:(['\"])(.*?)\\3|([^\\s)]+))\\s*)?\\)\\s*(?:\\|\\s*[A-Za-z_]+\\s*)*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = call.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(2);
        std::optional<QString> value = environment ? environment(name) : std::nullopt;
        if (!value) {
            if (match.capturedStart(4) >= 0)
                value = match.captured(4);
            else if (match.capturedStart(5) >= 0)
                value = match.captured(5);
        }
        if (!value) {
            return Error {Tr::tr("the environment variable %1 is not set and "
                                 "env_var('%1') has no default; set it "
                                 "or add a default: env_var('%1', 'value')")
                              .arg(name)};
        }
        out += *value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    if (out.contains(QLatin1String("{{")) || out.contains(QLatin1String("{%")))
        return Error {
            Tr::tr("\"%1\" uses Jinja that Tidemark does not render; only env_var() is supported")
                .arg(text)};
    return out;
}

Expected<DbtProfiles> DbtProfiles::parse(const QByteArray &yaml,
                                         const EnvironmentLookup &environment,
                                         const QString &baseDir)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error {Tr::tr("profiles.yml is not valid YAML: line %1, column %2: %3")
                          .arg(e.mark.line + 1)
                          .arg(e.mark.column + 1)
                          .arg(QString::fromStdString(e.msg))};
    }
    if (root.IsNull())
        return Error {Tr::tr("profiles.yml is empty")};
    if (!root.IsMap())
        return Error {Tr::tr("profiles.yml must map profile names to profiles")};

    DbtProfiles result;
    result.m_environment = environment;
    result.m_baseDir = baseDir;
    try {
        for (const auto &entry : root) {
            const QString name = QString::fromStdString(entry.first.as<std::string>());
            const YAML::Node &body = entry.second;
            if (name == QLatin1String("config") || !body.IsMap())
                continue;
            const YAML::Node outputs = body["outputs"];
            if (!outputs || !outputs.IsMap())
                return Error {
                    Tr::tr("profile \"%1\" has no \"outputs:\" map of targets").arg(name)};
            Profile profile;
            profile.name = name;
            if (const YAML::Node target = body["target"]; target && target.IsScalar()) {
                auto rendered = renderEnvVars(QString::fromStdString(target.Scalar()), environment);
                profile.defaultTarget = rendered ? *rendered : QString();
            }
            for (const auto &output : outputs) {
                const QString targetName = QString::fromStdString(output.first.as<std::string>());
                if (!output.second.IsMap())
                    return Error {Tr::tr("target \"%1\" of profile \"%2\" is not a map of settings")
                                      .arg(targetName, name)};
                profile.targets << targetName;
                result.m_outputs.push_back({name, targetName, toVariant(output.second).toMap()});
            }
            result.m_profiles.push_back(std::move(profile));
        }
    } catch (const YAML::Exception &e) {
        return Error {Tr::tr("profiles.yml: line %1, column %2: %3")
                          .arg(e.mark.line + 1)
                          .arg(e.mark.column + 1)
                          .arg(QString::fromStdString(e.msg))};
    }
    if (result.m_profiles.empty())
        return Error {Tr::tr("profiles.yml holds no profiles")};
    return result;
}

Expected<DbtProfiles> DbtProfiles::load(const QString &path, const EnvironmentLookup &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Tr::tr("cannot open %1: %2").arg(path, file.errorString())};
    auto parsed = parse(file.readAll(), environment, QFileInfo(path).absolutePath());
    if (!parsed)
        return Error {Tr::tr("%1: %2").arg(path, parsed.errorMessage())};
    return parsed;
}

std::optional<Profile> DbtProfiles::profile(const QString &name) const
{
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const Profile &p) { return p.name == name; });
    if (it == m_profiles.end())
        return std::nullopt;
    return *it;
}

Expected<ProfileConnection> DbtProfiles::connection(const QString &profileName,
                                                    const QString &targetName) const
{
    const auto p = profile(profileName);
    if (!p) {
        QStringList names;
        for (const Profile &each : m_profiles)
            names << each.name;
        return Error {Tr::tr("profiles.yml has no profile \"%1\"; it has: %2")
                          .arg(profileName, names.join(QStringLiteral(", ")))};
    }
    QString target = targetName;
    if (target.isEmpty()) {
        target = p->defaultTarget;
        if (target.isEmpty()) {
            return Error {
                Tr::tr("profile \"%1\" names no default target (\"target:\"); pick one of: %2")
                    .arg(p->name, p->targets.join(QStringLiteral(", ")))};
        }
    }
    const auto out = std::find_if(m_outputs.begin(), m_outputs.end(), [&](const Output &o) {
        return o.profile == p->name && o.target == target;
    });
    if (out == m_outputs.end()) {
        return Error {Tr::tr("profile \"%1\" has no target \"%2\"; it has: %3")
                          .arg(p->name, target, p->targets.join(QStringLiteral(", ")))};
    }

    const QString where = Tr::tr("target \"%1\" of profile \"%2\"").arg(target, p->name);
    QString failure;
    // The first present key among `keys`, rendered.
    const auto field = [&](std::initializer_list<const char *> keys) -> QString {
        for (const char *key : keys) {
            const QVariant value = out->fields.value(QString::fromLatin1(key));
            if (!value.isValid() || value.isNull())
                continue;
            auto rendered = renderEnvVars(value.toString(), m_environment);
            if (!rendered) {
                if (failure.isEmpty())
                    failure = Tr::tr("%1, %2: %3")
                                  .arg(where, QString::fromLatin1(key), rendered.errorMessage());
                return {};
            }
            return *rendered;
        }
        return {};
    };

    ProfileConnection result;
    result.adapter = field({"type"}).trimmed().toLower();
    if (!failure.isEmpty())
        return Error {failure};
    if (result.adapter.isEmpty())
        return Error {Tr::tr("%1 has no \"type:\"").arg(where)};

    const Family family = familyOf(result.adapter);
    if (family == Family::Unsupported) {
        return Error {
            Tr::tr("%1 uses the \"%2\" adapter, which Tidemark does not connect to directly; "
                   "use an ODBC "
                   "connection (odbc://DSN) to that warehouse instead")
                .arg(where, result.adapter)};
    }

    if (family == Family::Sqlite) {
        QString path;
        const QVariantMap paths = out->fields.value(QStringLiteral("schemas_and_paths")).toMap();
        QVariant chosen = paths.value(QStringLiteral("main"));
        if (!chosen.isValid() && !paths.isEmpty())
            chosen = paths.first();
        if (!chosen.isValid())
            chosen = out->fields.value(QStringLiteral("path"));
        if (chosen.isValid()) {
            auto rendered = renderEnvVars(chosen.toString(), m_environment);
            if (!rendered)
                return Error {Tr::tr("%1: %2").arg(where, rendered.errorMessage())};
            path = *rendered;
        }
        if (path.isEmpty())
            return Error {Tr::tr("%1 names no database file (\"schemas_and_paths: {main: ...}\")")
                              .arg(where)};
        if (QDir::isRelativePath(path) && !m_baseDir.isEmpty())
            path = QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(path));
        result.url = QStringLiteral("sqlite://") + path;
        return result;
    }

    const QString host = family == Family::MySql ? field({"server", "host"}) : field({"host"});
    const QString portText = field({"port"}).trimmed();
    const QString user = field({"user", "username"});
    const QString database
        = family == Family::MySql ? field({"database", "schema"}) : field({"dbname", "database"});
    result.password = field({"password", "pass"});
    if (!failure.isEmpty())
        return Error {failure};
    if (host.isEmpty())
        return Error {Tr::tr("%1 has no host").arg(where)};
    if (database.isEmpty())
        return Error {Tr::tr("%1 has no database (\"%2:\")")
                          .arg(where,
                               family == Family::MySql ? QStringLiteral("schema")
                                                       : QStringLiteral("dbname"))};
    int port = defaultPort(result.adapter);
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return Error {
                Tr::tr("%1: port \"%2\" is not a port number (1 to 65535)").arg(where, portText)};
    }

    QUrl url;
    url.setScheme(family == Family::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!url.isValid())
        return Error {
            Tr::tr("%1 does not make a valid connection URL (host \"%2\")").arg(where, host)};
    result.url = url.toString(QUrl::FullyEncoded);
    return result;
}

} // namespace tidemark::profiles
