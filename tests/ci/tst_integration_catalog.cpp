// The desktop app's catalog of integration files: sorted listing that keeps broken files with their
// error, unique names and file names, atomic save, duplicate, remove, and secrets that follow a
// rename.

#include "ci/integration_catalog.h"
#include "secrets/secret_store.h"

#include "support/memory_secret_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using test::MemorySecretStore;

namespace {

ci::Integration named(const QString &name)
{
    ci::Integration i;
    i.name = name;
    i.repository.owner = QStringLiteral("acme");
    i.repository.name = QStringLiteral("analytics");
    i.connectionUrl = QStringLiteral("postgresql://ci@db.internal:5432/analytics");
    return i;
}

QStringList names(const std::vector<ci::CatalogEntry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << e.displayName();
    return out;
}

} // namespace

class TestIntegrationCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFolderIsEmpty()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.filePath(QStringLiteral("not-there")));
        QVERIFY(catalog.list().empty());
    }

    void createListsSortedByName()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.filePath(QStringLiteral("integrations")));
        for (const char *name : {"zeta", "Alpha shop", "beta"}) {
            auto path = catalog.create(named(QString::fromLatin1(name)));
            QVERIFY2(path, qPrintable(path ? QString() : path.errorMessage()));
            QVERIFY(QFileInfo::exists(*path));
        }
        const auto entries = catalog.list();
        QCOMPARE(names(entries),
                 QStringList({QStringLiteral("Alpha shop"), QStringLiteral("beta"),
                              QStringLiteral("zeta")}));
        QCOMPARE(QFileInfo(entries[0].path).fileName(), QStringLiteral("alpha-shop.json"));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("spaces and case")
            << QStringLiteral("Jaffle Shop (prod)") << QStringLiteral("jaffle-shop-prod.json");
        QTest::newRow("slashes") << QStringLiteral("../etc/passwd")
                                 << QStringLiteral("etc-passwd.json");
        QTest::newRow("only symbols")
            << QStringLiteral("***") << QStringLiteral("integration.json");
        QTest::newRow("unicode") << QStringLiteral("Café") << QStringLiteral("caf.json");
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, fileName);
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        auto path = catalog.create(named(name));
        QVERIFY(path);
        QCOMPARE(QFileInfo(*path).fileName(), fileName);
        QCOMPARE(QFileInfo(*path).absolutePath(), QDir(tmp.path()).absolutePath());
    }

    void uniqueNamesAndFiles()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        auto first = catalog.create(named(QStringLiteral("Shop")));
        QVERIFY(first);
        auto same = catalog.create(named(QStringLiteral("shop")));
        QVERIFY(!same);
        QVERIFY(same.errorMessage().contains(QStringLiteral("already named")));
        auto similar = catalog.create(named(QStringLiteral("Shop!")));
        QVERIFY(similar);
        QCOMPARE(QFileInfo(*similar).fileName(), QStringLiteral("shop-2.json"));
        QCOMPARE(catalog.uniqueName(QStringLiteral("Shop")), QStringLiteral("Shop (2)"));
        QVERIFY(!catalog.create(named(QStringLiteral("  "))));
    }

    void brokenFilesAreListedWithTheirError()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        QVERIFY(catalog.create(named(QStringLiteral("good"))));
        QFile bad(tmp.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QFile wrong(tmp.filePath(QStringLiteral("wrong.json")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("{\"name\": \"w\", \"ci\": {\"enabled\": \"yes\"}}");
        wrong.close();
        QFile other(tmp.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const auto entries = catalog.list();
        QCOMPARE(int(entries.size()), 3);
        QCOMPARE(names(entries),
                 QStringList(
                     {QStringLiteral("broken"), QStringLiteral("good"), QStringLiteral("wrong")}));
        QVERIFY(!entries[0].integration);
        QVERIFY(entries[0].error.contains(QStringLiteral("not valid JSON")));
        QVERIFY(entries[1].integration);
        QVERIFY(entries[1].error.isEmpty());
        QVERIFY(entries[2].error.contains(QStringLiteral("ci.enabled")));
    }

    void saveRenameMovesSecretsAndKeepsTheFile()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        MemorySecretStore store;
        auto path = catalog.create(named(QStringLiteral("old")));
        QVERIFY(path);
        ci::Integration i = *catalog.load(*path);
        QVERIFY(store.write(i.dbtCloudTokenKey(), QStringLiteral("tok")));
        QVERIFY(store.write(i.warehousePasswordKey(), QStringLiteral("pw")));

        i.name = QStringLiteral("new");
        i.ci.prLabel = QStringLiteral("tidemark");
        QVERIFY(catalog.save(i, *path, &store));
        QCOMPARE(catalog.load(*path)->name, QStringLiteral("new"));
        QCOMPARE(catalog.load(*path)->ci.prLabel, QStringLiteral("tidemark"));
        QCOMPARE(int(catalog.list().size()), 1);
        QCOMPARE(store.values().value(i.dbtCloudTokenKey()), QStringLiteral("tok"));
        QCOMPARE(store.values().value(i.warehousePasswordKey()), QStringLiteral("pw"));
        QVERIFY(!store.values().contains(QStringLiteral("integration/old/dbt_cloud_token")));
        QCOMPARE(store.values().size(), 2);

        // Saving under a name another file has is refused and changes nothing.
        auto other = catalog.create(named(QStringLiteral("other")));
        QVERIFY(other);
        i.name = QStringLiteral("OTHER");
        QVERIFY(!catalog.save(i, *path, &store));
        QCOMPARE(catalog.load(*path)->name, QStringLiteral("new"));
    }

    void duplicateCopiesWithSecrets()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        MemorySecretStore store;
        auto path = catalog.create(named(QStringLiteral("Shop")));
        QVERIFY(path);
        QVERIFY(store.write(QStringLiteral("integration/Shop/git_token"), QStringLiteral("ghp")));
        auto copy = catalog.duplicate(*path, &store);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.errorMessage()));
        QCOMPARE(catalog.load(*copy)->name, QStringLiteral("Shop (copy)"));
        QCOMPARE(catalog.load(*copy)->connectionUrl, catalog.load(*path)->connectionUrl);
        QCOMPARE(store.values().value(QStringLiteral("integration/Shop (copy)/git_token")),
                 QStringLiteral("ghp"));
        QCOMPARE(store.values().value(QStringLiteral("integration/Shop/git_token")),
                 QStringLiteral("ghp"));
        auto again = catalog.duplicate(*path, &store);
        QVERIFY(again);
        QCOMPARE(catalog.load(*again)->name, QStringLiteral("Shop (copy 2)"));
        QCOMPARE(int(catalog.list().size()), 3);
    }

    void removeDeletesFileAndSecrets()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        MemorySecretStore store;
        auto keep = catalog.create(named(QStringLiteral("keep")));
        auto path = catalog.create(named(QStringLiteral("gone")));
        QVERIFY(keep && path);
        QVERIFY(store.write(QStringLiteral("integration/gone/git_token"), QStringLiteral("a")));
        QVERIFY(
            store.write(QStringLiteral("integration/gone/dbt_cloud_token"), QStringLiteral("b")));
        QVERIFY(
            store.write(QStringLiteral("integration/keep/dbt_cloud_token"), QStringLiteral("c")));
        QVERIFY(catalog.remove(*path, &store));
        QVERIFY(!QFileInfo::exists(*path));
        QCOMPARE(names(catalog.list()), QStringList({QStringLiteral("keep")}));
        QCOMPARE(store.values().keys(),
                 QStringList({QStringLiteral("integration/keep/dbt_cloud_token")}));
        // A broken file can be removed too.
        QFile bad(tmp.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close();
        QVERIFY(catalog.remove(bad.fileName(), &store));
        QVERIFY(!bad.exists());
    }

    void savedFileIsTheIntegrationJson()
    {
        QTemporaryDir tmp;
        const ci::IntegrationCatalog catalog(tmp.path());
        ci::Integration i = named(QStringLiteral("x"));
        i.ci.filesToIgnore = {QStringLiteral("docs/**"), QStringLiteral("*.md")};
        auto path = catalog.create(i);
        QVERIFY(path);
        auto loaded = catalog.load(*path);
        QVERIFY(loaded);
        QVERIFY(loaded->toJson() == i.toJson());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationCatalog)
#include "tst_integration_catalog.moc"
