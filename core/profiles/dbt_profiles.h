#pragma once

// dbt's profiles.yml: the profiles it holds, their targets, and one target turned into the
// warehouse connection Tidemark diffs on. `{{ env_var('NAME') }}` and `{{ env_var('NAME',
// 'default') }}` are resolved through an injectable environment lookup. The password is returned on
// its own and never put into the connection URL.
//
// Adapters: postgres, redshift and the other PostgreSQL-wire ones -> postgresql://; mysql, mariadb
// -> mysql://; sqlite -> sqlite:///path. Any other adapter (snowflake, bigquery, ...) is an error
// that says to connect through ODBC.

#include "common/expected.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <vector>

namespace tidemark::profiles {

// The value of an environment variable, or none when it is not set.
using EnvironmentLookup = std::function<std::optional<QString>(const QString &name)>;

// The process environment.
EnvironmentLookup systemEnvironment();

// Where dbt looks for profiles.yml: $DBT_PROFILES_DIR/profiles.yml, else ~/.dbt/profiles.yml.
QString defaultProfilesPath(const EnvironmentLookup &environment = systemEnvironment());

struct Profile
{
    QString name;
    QString defaultTarget; // the profile's `target:` (rendered); empty when it has none
    QStringList targets; // the keys of `outputs:`, in file order
};

// A target as a warehouse connection.
struct ProfileConnection
{
    QString adapter; // the target's `type:` ("postgres", "mysql", ...)
    QString url; // postgresql://user@host:port/db, mysql://..., sqlite:///path; never a password
    QString password; // empty when the target has none
};

class DbtProfiles final
{
public:
    // Parses the text of a profiles.yml. `baseDir` resolves relative SQLite paths (empty: kept).
    // Malformed YAML is an error with its line and column.
    static Expected<DbtProfiles> parse(const QByteArray &yaml,
                                       const EnvironmentLookup &environment = systemEnvironment(),
                                       const QString &baseDir = {});
    static Expected<DbtProfiles> load(const QString &path,
                                      const EnvironmentLookup &environment = systemEnvironment());

    // The profiles, in file order (the top-level `config:` block of old dbt versions is skipped).
    const std::vector<Profile> &profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QString &name) const;

    // The connection of `target` of `profile`; an empty target means the profile's default.
    Expected<ProfileConnection> connection(const QString &profile,
                                           const QString &target = {}) const;

private:
    struct Output
    {
        QString profile;
        QString target;
        QVariantMap fields; // unrendered: strings, nested maps and lists
    };

    std::vector<Profile> m_profiles;
    std::vector<Output> m_outputs;
    EnvironmentLookup m_environment;
    QString m_baseDir;
};

// Renders the env_var() calls of one value: "{{ env_var('HOST') }}", "{{ env_var(\"PORT\", 5432) |
// as_number }}", "prefix_{{ env_var('X', 'd') }}". Other Jinja is an error; so is a variable that
// is not set and has no default.
Expected<QString> renderEnvVars(const QString &text, const EnvironmentLookup &environment);

} // namespace tidemark::profiles
