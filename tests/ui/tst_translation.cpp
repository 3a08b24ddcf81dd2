// The German translation: every message of translations/tidemark_de.ts is translated and keeps the
// placeholders of its source, and the compiled :/i18n/tidemark_de.qm reaches the real widgets, so
// the contexts lupdate wrote are the ones tr() looks up at runtime (a context that drifts apart
// leaves its widget in English and fails here).

#include "ci/integration.h"
#include "dbt/change_plan.h"
#include "lineage/lineage_widget.h"
#include "main_window.h"
#include "pull_requests/pull_request_list_model.h"
#include "pull_requests/pull_request_list_page.h"
#include "pull_requests/pull_request_page.h"
#include "results/model_context.h"
#include "results/model_result_widget.h"
#include "results/result_models.h"
#include "settings/integration_dialog.h"
#include "support/memory_secret_store.h"
#include "support/test_support.h"
#include "values/values_widget.h"
#include "warehouse/connection_spec.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace tidemark;

// At global scope: Q_INIT_RESOURCE declares the resource's initializer where it is used.
static void initTranslationResources()
{
    // The .qm is a resource of the static tidemark_ui library; make sure it is registered.
    Q_INIT_RESOURCE(tidemark_ui_translations);
}

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // the translation, or each numerus form
};

// Reads every message of a Qt Linguist .ts file.
std::vector<Message> readTs(const QString &path, QString *error)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"name" && !inTranslation) {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.unfinished = xml.attributes().hasAttribute(QLatin1String("type"))
                    && xml.attributes().value(QLatin1String("type")) != u"";
                if (current.numerus) {
                    inTranslation = true;
                } else {
                    current.translations << xml.readElementText();
                }
            } else if (name == u"numerusform" && inTranslation) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"translation")
                inTranslation = false;
            else if (xml.name() == u"message")
                messages.push_back(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// The placeholders of a text (%1 to %9, %L1 counted as %1, and %n), sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << QLatin1Char('%') + it.next().captured(1);
    found.sort();
    return found;
}

ui::AppContext contextIn(const QTemporaryDir &dir)
{
    return ui::AppContext {ci::IntegrationCatalog(dir.filePath(QStringLiteral("integrations"))),
                           std::make_shared<test::MemorySecretStore>(),
                           review::Services::defaults(),
                           dir.filePath(QStringLiteral("results.sqlite")),
                           dir.filePath(QStringLiteral("demo")),
                           dir.filePath(QStringLiteral("manifests"))};
}

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initTranslationResources();
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/tidemark_de.qm")),
                 "the .qm is not among the resources");
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/tidemark_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    void everyMessageIsTranslated()
    {
        QString error;
        const std::vector<Message> messages
            = readTs(test::sourceDir() + QStringLiteral("/translations/tidemark_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translations.isEmpty(),
                     qPrintable(QStringLiteral("no translation: ") + where));
            if (m.numerus)
                QVERIFY2(m.translations.size() == 2,
                         qPrintable(QStringLiteral("not two numerus forms: ") + where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(QStringLiteral("placeholders differ: ") + where
                                    + QStringLiteral(" -> ") + t));
            }
        }
    }

    void mainWindowIsGerman()
    {
        QTemporaryDir dir;
        ui::MainWindow window(contextIn(dir));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus.at(0)->text(), QStringLiteral("&Datei"));
        QCOMPARE(menus.at(1)->text(), QStringLiteral("E&xtras"));
        QCOMPARE(menus.at(2)->text(), QStringLiteral("&Ansicht"));
        QCOMPARE(menus.at(3)->text(), QStringLiteral("&Hilfe"));
    }

    void pullRequestPagesAreGerman()
    {
        ui::PullRequestListPage list;
        QCOMPARE(child<QPushButton>(&list, "refreshPullRequests")->text(),
                 QStringLiteral("&Aktualisieren"));

        ui::PullRequestPage page;
        QCOMPARE(child<QPushButton>(&page, "rerunAll")->text(),
                 QStringLiteral("&Alle Diffs neu ausführen"));
        QCOMPARE(child<QPushButton>(&page, "rerunModel")->text(),
                 QStringLiteral("Dieses Modell &neu ausführen"));
        QCOMPARE(child<QPushButton>(&page, "cancelRun")->text(), QStringLiteral("Abbrechen"));

        QCOMPARE(ui::PullRequestListModel::checkText(QStringLiteral("success")),
                 QStringLiteral("\u2714 Bestanden"));
        QCOMPARE(ui::PullRequestListModel::checkText(QString()),
                 QStringLiteral("Noch nicht ausgeführt"));
    }

    void resultTabsAreGerman()
    {
        ui::ModelResultWidget widget;
        const auto *tabs = child<QTabWidget>(&widget, "resultTabs");
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
        QCOMPARE(texts,
                 QStringList({QStringLiteral("Übersicht"), QStringLiteral("Spalten"),
                              QStringLiteral("Primärschlüssel"), QStringLiteral("Werte"),
                              QStringLiteral("Profile"), QStringLiteral("Nachgelagert")}));
    }

    void resultModelsAreGerman()
    {
        using namespace ui::results;
        ColumnsModel columns;
        QCOMPARE(columns.headerData(ColumnsModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Spalte"));
        QCOMPARE(columns.headerData(ColumnsModel::TypeAColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Typ in Prod"));

        SamplesModel samples;
        QCOMPARE(samples.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Zeile"));

        ProfilesModel profiles;
        QCOMPARE(profiles.headerData(ProfilesModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Spalte"));
        QCOMPARE(profiles.headerData(ProfilesModel::CountA, Qt::Horizontal).toString(),
                 QStringLiteral("Anzahl (Prod)"));
        QCOMPARE(profiles.headerData(ProfilesModel::MeanB, Qt::Horizontal).toString(),
                 QStringLiteral("Mittelwert (PR)"));

        DownstreamModel downstream;
        QCOMPARE(downstream.headerData(DownstreamModel::TypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Typ"));
        QCOMPARE(downstream.headerData(DownstreamModel::UniqueIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Eindeutige ID"));
    }

    void lineageAndValuesAreGerman()
    {
        ui::LineageWidget lineage;
        QCOMPARE(child<QLineEdit>(&lineage, "lineageSearch")->placeholderText(),
                 QStringLiteral("Modell suchen… (Enter: nächster Treffer)"));

        ui::ValuesWidget values;
        const auto *kind = child<QComboBox>(&values, "valuesKind");
        QStringList items;
        for (int i = 0; i < kind->count(); ++i)
            items << kind->itemText(i);
        QCOMPARE(items,
                 QStringList({QStringLiteral("Alle abweichenden Zeilen"),
                              QStringLiteral("Nur in Produktion"), QStringLiteral("Nur im PR"),
                              QStringLiteral("Geändert"),
                              QStringLiteral("Nur in Produktion oder nur im PR")}));
    }

    void integrationDialogIsGerman()
    {
        QTemporaryDir dir;
        ui::IntegrationDialog dialog(
            ci::IntegrationCatalog(dir.filePath(QStringLiteral("integrations"))),
            std::make_shared<test::MemorySecretStore>(), review::Services::defaults());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Neue Integration"));
        QStringList groups;
        for (const QGroupBox *box : dialog.findChildren<QGroupBox *>())
            groups << box->title();
        QVERIFY2(groups.contains(QStringLiteral("Allgemein")),
                 qPrintable(groups.join(QStringLiteral(", "))));
        QVERIFY2(groups.contains(QStringLiteral("Datenverbindung")),
                 qPrintable(groups.join(QStringLiteral(", "))));
    }

    void freeFunctionContextsAreGerman()
    {
        // model_context.cpp translates through a free tr() wrapper (context "tidemark::ui").
        const dbt::PlannedModel model;
        QCOMPARE(ui::ModelContext::fromPlannedModel(model).primaryKeyRule,
                 QStringLiteral("keine Regel hat gegriffen"));
    }

    void coreMessagesAreGerman()
    {
        // The core library's file-local tr() wrappers name the contexts lupdate extracts for their
        // calls.
        const auto spec = warehouse::parseConnectionUrl(QStringLiteral("ftp://x"));
        QVERIFY(!spec);
        QCOMPARE(
            spec.errorMessage(),
            QStringLiteral(
                "nicht unterstützte Datenbank \u201eftp://\u201c: Verwenden Sie postgresql, mysql, "
                "sqlite oder odbc"));

        const auto integration = ci::Integration::fromJson(nlohmann::json::array());
        QVERIFY(!integration);
        QCOMPARE(integration.errorMessage(),
                 QStringLiteral("eine Integrationsdatei enthält ein JSON-Objekt"));
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
