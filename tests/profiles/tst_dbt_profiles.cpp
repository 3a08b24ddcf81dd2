// dbt profiles.yml: profiles and targets, a target as a connection URL plus a separate password,
// env_var() with and without defaults, ports as strings or numbers, and positioned YAML errors.

#include "profiles/dbt_profiles.h"

#include <QHash>
#include <QTest>

using namespace tidemark;
using namespace tidemark::profiles;

namespace {

using Env = QHash<QString, QString>;

EnvironmentLookup lookup(const Env &env)
{
    return [env](const QString &name) -> std::optional<QString> {
        const auto it = env.constFind(name);
        if (it == env.constEnd())
            return std::nullopt;
        return *it;
    };
}

const char *const kProfiles = "config:\n"
                              "  send_anonymous_usage_stats: false\n"
                              "jaffle_shop:\n"
                              "  target: dev\n"
                              "  outputs:\n"
                              "    dev:\n"
                              "      type: postgres\n"
                              "      host: localhost\n"
                              "      port: 5432\n"
                              "      user: alice\n"
                              "      password: s3cret\n"
                              "      dbname: jaffle\n"
                              "      schema: dbt_alice\n"
                              "      threads: 4\n"
                              "    prod:\n"
                              "      type: redshift\n"
                              "      host: \"{{ env_var('RS_HOST') }}\"\n"
                              "      port: \"{{ env_var('RS_PORT', '5439') | as_number }}\"\n"
                              "      user: \"{{ env_var( \\\"RS_USER\\\" , \\\"etl\\\" ) }}\"\n"
                              "      password: \"{{ env_var('RS_PASSWORD') }}\"\n"
                              "      dbname: analytics\n"
                              "      schema: public\n"
                              "    mysql:\n"
                              "      type: mysql\n"
                              "      server: db.internal\n"
                              "      port: '3307'\n"
                              "      schema: shop\n"
                              "      username: bob\n"
                              "      password: pw\n"
                              "    lite:\n"
                              "      type: sqlite\n"
                              "      threads: 1\n"
                              "      database: database\n"
                              "      schema: main\n"
                              "      schemas_and_paths:\n"
                              "        main: /data/jaffle.db\n"
                              "      schema_directory: /data\n"
                              "    snow:\n"
                              "      type: snowflake\n"
                              "      account: xy12345\n"
                              "      user: alice\n"
                              "    badport:\n"
                              "      type: postgres\n"
                              "      host: h\n"
                              "      port: fifty\n"
                              "      dbname: d\n"
                              "other:\n"
                              "  target: \"{{ env_var('DBT_TARGET', 'ci') }}\"\n"
                              "  outputs:\n"
                              "    ci:\n"
                              "      type: mariadb\n"
                              "      host: maria\n"
                              "      port: 3306\n"
                              "      user: ci\n"
                              "      schema: ci_db\n"
                              "nodefault:\n"
                              "  outputs:\n"
                              "    a: {type: postgres, host: h, dbname: d}\n"
                              "    b: {type: postgres, host: h, dbname: d}\n";

} // namespace

class TestDbtProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsProfilesAndTargets()
    {
        auto parsed = DbtProfiles::parse(kProfiles, lookup({}));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.errorMessage()));
        QCOMPARE(int(parsed->profiles().size()), 3);
        QCOMPARE(parsed->profiles()[0].name, QStringLiteral("jaffle_shop"));
        QCOMPARE(parsed->profiles()[0].defaultTarget, QStringLiteral("dev"));
        QCOMPARE(parsed->profiles()[0].targets,
                 QStringList({QStringLiteral("dev"), QStringLiteral("prod"),
                              QStringLiteral("mysql"), QStringLiteral("lite"),
                              QStringLiteral("snow"), QStringLiteral("badport")}));
        QCOMPARE(parsed->profiles()[1].defaultTarget, QStringLiteral("ci"));
        QVERIFY(parsed->profiles()[2].defaultTarget.isEmpty());
    }

    void connection_data()
    {
        QTest::addColumn<Env>("env");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error"); // a part of the message, when it fails

        const QString jaffle = QStringLiteral("jaffle_shop");
        QTest::newRow("default target from target:")
            << Env {} << jaffle << QString()
            << QStringLiteral("postgresql://alice@localhost:5432/jaffle")
            << QStringLiteral("s3cret") << QString();
        QTest::newRow("port as int") << Env {} << jaffle << QStringLiteral("dev")
                                     << QStringLiteral("postgresql://alice@localhost:5432/jaffle")
                                     << QStringLiteral("s3cret") << QString();
        QTest::newRow("port as string, mysql fields")
            << Env {} << jaffle << QStringLiteral("mysql")
            << QStringLiteral("mysql://bob@db.internal:3307/shop") << QStringLiteral("pw")
            << QString();
        QTest::newRow("env_var with and without default, double quotes, spaces")
            << Env {{QStringLiteral("RS_HOST"), QStringLiteral("rs.example.com")},
                    {QStringLiteral("RS_PASSWORD"), QStringLiteral("p@ss:/word")}}
            << jaffle << QStringLiteral("prod")
            << QStringLiteral("postgresql://etl@rs.example.com:5439/analytics")
            << QStringLiteral("p@ss:/word") << QString();
        QTest::newRow("env_var set overrides its default")
            << Env {{QStringLiteral("RS_HOST"), QStringLiteral("h")},
                    {QStringLiteral("RS_PASSWORD"), QStringLiteral("x")},
                    {QStringLiteral("RS_PORT"), QStringLiteral("6000")},
                    {QStringLiteral("RS_USER"), QStringLiteral("u")}}
            << jaffle << QStringLiteral("prod") << QStringLiteral("postgresql://u@h:6000/analytics")
            << QStringLiteral("x") << QString();
        QTest::newRow("env_var without default, missing")
            << Env {{QStringLiteral("RS_HOST"), QStringLiteral("h")}} << jaffle
            << QStringLiteral("prod") << QString() << QString()
            << QStringLiteral("RS_PASSWORD is not set");
        QTest::newRow("sqlite") << Env {} << jaffle << QStringLiteral("lite")
                                << QStringLiteral("sqlite:///data/jaffle.db") << QString()
                                << QString();
        QTest::newRow("unsupported adapter")
            << Env {} << jaffle << QStringLiteral("snow") << QString() << QString()
            << QStringLiteral("use an ODBC connection");
        QTest::newRow("bad port") << Env {} << jaffle << QStringLiteral("badport") << QString()
                                  << QString() << QStringLiteral("port \"fifty\"");
        QTest::newRow("missing target")
            << Env {} << jaffle << QStringLiteral("staging") << QString() << QString()
            << QStringLiteral("has no target \"staging\"; it has: dev, prod");
        QTest::newRow("missing profile")
            << Env {} << QStringLiteral("nope") << QString() << QString() << QString()
            << QStringLiteral("no profile \"nope\"");
        QTest::newRow("no default target")
            << Env {} << QStringLiteral("nodefault") << QString() << QString() << QString()
            << QStringLiteral("names no default target");
        QTest::newRow("default target from env_var default")
            << Env {} << QStringLiteral("other") << QString()
            << QStringLiteral("mysql://ci@maria:3306/ci_db") << QString() << QString();
    }

    void connection()
    {
        QFETCH(Env, env);
        QFETCH(QString, profile);
        QFETCH(QString, target);
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(QString, error);

        auto parsed = DbtProfiles::parse(kProfiles, lookup(env));
        QVERIFY(parsed);
        auto connection = parsed->connection(profile, target);
        if (!error.isEmpty()) {
            QVERIFY(!connection);
            QVERIFY2(connection.errorMessage().contains(error),
                     qPrintable(connection.errorMessage()));
            return;
        }
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.errorMessage()));
        QCOMPARE(connection->url, url);
        QCOMPARE(connection->password, password);
        QVERIFY(!connection->url.contains(QStringLiteral("s3cret")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad indentation")
            << QByteArray("p:\n  outputs:\n    dev:\n      type: postgres\n     host: x\n")
            << QStringLiteral("line 5, column");
        QTest::newRow("unclosed flow sequence")
            << QByteArray("p:\n  target: dev\n  outputs: [a, b\n")
            << QStringLiteral("line 4, column");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
        QTest::newRow("a list") << QByteArray("- a\n- b\n")
                                << QStringLiteral("must map profile names");
        QTest::newRow("no outputs")
            << QByteArray("p:\n  target: dev\n") << QStringLiteral("has no \"outputs:\"");
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        auto parsed = DbtProfiles::parse(yaml, lookup({}));
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(error), qPrintable(parsed.errorMessage()));
    }

    void renderEnvVars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("single") << QStringLiteral("{{ env_var('A') }}") << QStringLiteral("1");
        QTest::newRow("double, no spaces")
            << QStringLiteral("{{env_var(\"A\")}}") << QStringLiteral("1");
        QTest::newRow("default unused")
            << QStringLiteral("{{ env_var('A', 'x') }}") << QStringLiteral("1");
        QTest::newRow("default used")
            << QStringLiteral("{{ env_var('B', 'x y') }}") << QStringLiteral("x y");
        QTest::newRow("numeric default")
            << QStringLiteral("{{ env_var('B', 5432) | as_number }}") << QStringLiteral("5432");
        QTest::newRow("embedded") << QStringLiteral(
            "pre_{{ env_var('A') }}_{{ env_var(\"B\", \"z\") }}")
                                  << QStringLiteral("pre_1_z");
    }

    void renderEnvVars()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto rendered
            = profiles::renderEnvVars(text, lookup({{QStringLiteral("A"), QStringLiteral("1")}}));
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.errorMessage()));
        QCOMPARE(*rendered, expected);
    }

    void otherJinjaIsAnError()
    {
        auto rendered = profiles::renderEnvVars(QStringLiteral("{{ var('x') }}"), lookup({}));
        QVERIFY(!rendered);
        QVERIFY(rendered.errorMessage().contains(QStringLiteral("only env_var()")));
    }

    void defaultProfilesPathHonoursDbtProfilesDir()
    {
        QCOMPARE(defaultProfilesPath(
                     lookup({{QStringLiteral("DBT_PROFILES_DIR"), QStringLiteral("/etc/dbt")}})),
                 QStringLiteral("/etc/dbt/profiles.yml"));
        QVERIFY(defaultProfilesPath(lookup({})).endsWith(QStringLiteral("/.dbt/profiles.yml")));
    }
};

QTEST_GUILESS_MAIN(TestDbtProfiles)
#include "tst_dbt_profiles.moc"
