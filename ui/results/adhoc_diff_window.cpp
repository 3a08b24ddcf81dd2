#include "results/adhoc_diff_window.h"

#include "results/model_result_widget.h"

#include "diff/value_contract.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tidemark::ui {

namespace {

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

// The latest progress of a run; the worker posts one update at a time to the GUI thread, so a diff
// that reports thousands of times a second cannot flood the event queue.
struct ProgressRelay
{
    QMutex mutex;
    double fraction = 0;
    QString stage;
    bool posted = false;
};

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

AdHocDiffWindow::AdHocDiffWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("adHocDiffWindow"));
    setWindowTitle(tr("Diff two tables"));

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto *tables = new QGroupBox(tr("Tables"), form);
    auto *tablesLayout = new QFormLayout(tables);
    tablesLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    tablesLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_urlA = lineEdit(QStringLiteral("urlAEdit"),
                      tr("postgresql://user@host/db, mysql://…, sqlite:///path.db, odbc://DSN"),
                      tables);
    m_tableA = lineEdit(QStringLiteral("tableAEdit"), tr("schema.table (production)"), tables);
    m_sameConnection = new QCheckBox(tr("Same connection for both tables"), tables);
    m_sameConnection->setObjectName(QStringLiteral("sameConnectionCheck"));
    m_sameConnection->setChecked(true);
    m_urlB = lineEdit(QStringLiteral("urlBEdit"), tr("connection URL of the second table"), tables);
    m_urlB->setEnabled(false);
    m_tableB = lineEdit(QStringLiteral("tableBEdit"), tr("schema.table (pull request)"), tables);
    m_password = lineEdit(QStringLiteral("passwordEdit"), tr("used when a URL carries no password"),
                          tables);
    m_password->setEchoMode(QLineEdit::Password);
    tablesLayout->addRow(tr("Connection A:"), m_urlA);
    tablesLayout->addRow(tr("Table A:"), m_tableA);
    tablesLayout->addRow(QString(), m_sameConnection);
    tablesLayout->addRow(tr("Connection B:"), m_urlB);
    tablesLayout->addRow(tr("Table B:"), m_tableB);
    tablesLayout->addRow(tr("Password:"), m_password);

    auto *options = new QGroupBox(tr("Options"), form);
    auto *optionsLayout = new QFormLayout(options);
    optionsLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    optionsLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_key = lineEdit(QStringLiteral("keyEdit"), tr("id, or order_no, line_no"), options);
    m_include = lineEdit(QStringLiteral("includeEdit"), tr("all shared columns"), options);
    m_exclude = lineEdit(QStringLiteral("excludeEdit"), tr("none"), options);
    m_filter = lineEdit(QStringLiteral("filterEdit"), tr("SQL condition applied to both tables"),
                        options);
    m_tolerance
        = lineEdit(QStringLiteral("toleranceEdit"), tr("amount=abs:0.01, rate=rel:0.001"), options);
    m_algorithm = new QComboBox(options);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->addItem(tr("Automatic (join on one connection, hash across two)"),
                         int(diff::Algorithm::Auto));
    m_algorithm->addItem(tr("Join (one connection)"), int(diff::Algorithm::Join));
    m_algorithm->addItem(tr("Hash (checksums of key ranges)"), int(diff::Algorithm::Hash));
    m_profiles = new QCheckBox(tr("Profile every column (count, NULLs, distinct, min, max, mean)"),
                               options);
    m_profiles->setObjectName(QStringLiteral("profilesCheck"));
    m_profiles->setChecked(true);
    optionsLayout->addRow(tr("Key columns:"), m_key);
    optionsLayout->addRow(tr("Compare only:"), m_include);
    optionsLayout->addRow(tr("Exclude:"), m_exclude);
    optionsLayout->addRow(tr("Filter:"), m_filter);
    optionsLayout->addRow(tr("Tolerance:"), m_tolerance);
    optionsLayout->addRow(tr("Algorithm:"), m_algorithm);
    optionsLayout->addRow(QString(), m_profiles);

    auto *groups = new QHBoxLayout;
    groups->addWidget(tables, 1);
    groups->addWidget(options, 1);
    formLayout->addLayout(groups);

    auto *runRow = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run diff"), form);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), form);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(form);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_stage = new QLabel(form);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setStyleSheet(QStringLiteral("color: #4b5563;"));
    auto *progressColumn = new QVBoxLayout;
    progressColumn->setSpacing(2);
    progressColumn->addWidget(m_stage);
    progressColumn->addWidget(m_progress);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addSpacing(12);
    runRow->addLayout(progressColumn, 1);
    formLayout->addLayout(runRow);

    m_error = new QLabel(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: #8a1c12; background: #fde4e2; border: 1px solid #f0a8a2;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_error->hide();
    formLayout->addWidget(m_error);

    m_resultWidget = new ModelResultWidget(this);
    m_resultWidget->setObjectName(QStringLiteral("resultWidget"));
    m_resultWidget->showMessage(tr("Fill in the two tables and their key, then run the diff."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(form);
    layout->addWidget(m_resultWidget, 1);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &AdHocDiffWindow::onFinished);
    connect(m_runButton, &QPushButton::clicked, this, &AdHocDiffWindow::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &AdHocDiffWindow::cancel);
    connect(m_sameConnection, &QCheckBox::toggled, m_urlB,
            [this](bool same) { m_urlB->setEnabled(!same); });
    connect(m_urlA, &QLineEdit::editingFinished, this, [this] { movePasswordOutOfUrl(m_urlA); });
    connect(m_urlB, &QLineEdit::editingFinished, this, [this] { movePasswordOutOfUrl(m_urlB); });
    resize(1100, 820);
}

AdHocDiffWindow::~AdHocDiffWindow()
{
    if (m_control)
        m_control->cancel();
    m_future.waitForFinished(); // the worker reports to this window: it must stop first
}

bool AdHocDiffWindow::isRunning() const
{
    return m_control != nullptr; // from run() until its outcome is shown
}

QString AdHocDiffWindow::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString AdHocDiffWindow::stageText() const
{
    return m_stage->text();
}

// A password typed into a URL moves to the password field, so the URL on screen never shows it.
void AdHocDiffWindow::movePasswordOutOfUrl(QLineEdit *urlEdit)
{
    const auto spec = warehouse::parseConnectionUrl(urlEdit->text().trimmed());
    if (!spec || spec->password.isEmpty())
        return;
    m_password->setText(spec->password);
    urlEdit->setText(spec->redacted());
}

Expected<diff::DiffRequest> AdHocDiffWindow::request() const
{
    diff::DiffRequest request;
    const QString password = m_password->text();
    if (m_urlA->text().trimmed().isEmpty())
        return Error {tr("Enter the connection URL of table A.")};
    auto urlA = warehouse::parseConnectionUrl(m_urlA->text().trimmed(), password);
    if (!urlA)
        return Error {tr("Connection A: %1").arg(urlA.errorMessage())};
    request.connectionA = *urlA;
    if (!m_sameConnection->isChecked()) {
        if (m_urlB->text().trimmed().isEmpty())
            return Error {tr("Enter the connection URL of table B, or check \"Same connection\".")};
        auto urlB = warehouse::parseConnectionUrl(m_urlB->text().trimmed(), password);
        if (!urlB)
            return Error {tr("Connection B: %1").arg(urlB.errorMessage())};
        request.connectionB = *urlB;
    }
    if (m_tableA->text().trimmed().isEmpty())
        return Error {tr("Enter table A.")};
    auto tableA = warehouse::parseTableName(m_tableA->text().trimmed());
    if (!tableA)
        return Error {tr("Table A: %1").arg(tableA.errorMessage())};
    request.tableA = *tableA;
    if (m_tableB->text().trimmed().isEmpty())
        return Error {tr("Enter table B.")};
    auto tableB = warehouse::parseTableName(m_tableB->text().trimmed());
    if (!tableB)
        return Error {tr("Table B: %1").arg(tableB.errorMessage())};
    request.tableB = *tableB;

    diff::DiffOptions &o = request.options;
    o.key = commaList(m_key->text());
    if (o.key.isEmpty())
        return Error {tr("Enter the key column(s) that identify a row, separated by commas.")};
    o.includeColumns = commaList(m_include->text());
    o.excludeColumns = commaList(m_exclude->text());
    o.where = m_filter->text().trimmed();
    o.algorithm = diff::Algorithm(m_algorithm->currentData().toInt());
    o.profiles = m_profiles->isChecked();
    for (const QString &item : commaList(m_tolerance->text())) {
        const auto parsed = diff::parseTolerance(item);
        if (!parsed)
            return Error {parsed.error()};
        o.tolerances.insert(parsed->first, parsed->second);
    }
    return request;
}

void AdHocDiffWindow::run()
{
    if (isRunning())
        return;
    auto request = this->request();
    if (!request) {
        showError(request.errorMessage());
        return;
    }
    m_error->hide();

    const quint64 generation = ++m_generation;
    auto control = std::make_shared<diff::DiffControl>();
    auto relay = std::make_shared<ProgressRelay>();
    control->setProgressCallback([this, relay, generation](double fraction, const QString &stage) {
        // Runs on the worker thread: keep the latest, post at most one update at a time.
        QMutexLocker lock(&relay->mutex);
        relay->fraction = fraction;
        relay->stage = stage;
        if (relay->posted)
            return;
        relay->posted = true;
        QMetaObject::invokeMethod(
            this,
            [this, relay, generation] {
                double f = 0;
                QString s;
                {
                    QMutexLocker guard(&relay->mutex);
                    f = relay->fraction;
                    s = relay->stage;
                    relay->posted = false;
                }
                if (generation == m_generation && isRunning())
                    onProgress(f, s);
            },
            Qt::QueuedConnection);
    });
    m_control = control;
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the first report
    m_stage->setText(tr("Connecting…"));
    m_resultWidget->showMessage(
        tr("Diffing %1 and %2…").arg(request->tableA.display(), request->tableB.display()));
    Q_EMIT started();

    m_future = QtConcurrent::run([request = std::move(*request), control]() {
        Outcome outcome;
        auto result = diff::runDiff(request, control.get());
        outcome.cancelled = control->isCancelled();
        if (result)
            outcome.result = std::move(*result);
        else
            outcome.error = result.errorMessage();
        return outcome;
    });
    m_watcher->setFuture(m_future);
}

void AdHocDiffWindow::cancel()
{
    if (!m_control || !isRunning())
        return;
    m_control->cancel();
    m_cancelButton->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void AdHocDiffWindow::onProgress(double fraction, const QString &stage)
{
    if (m_control && m_control->isCancelled())
        return;
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    m_stage->setText(stage);
}

void AdHocDiffWindow::onFinished()
{
    const Outcome outcome = m_future.result();
    m_control.reset();
    setRunning(false);
    m_progress->setRange(0, 1000);
    if (outcome.cancelled) {
        m_progress->setValue(0);
        m_stage->setText(tr("Diff cancelled."));
        m_resultWidget->showMessage(tr("The diff was cancelled."));
        Q_EMIT finished(false);
        return;
    }
    if (!outcome.result) {
        m_progress->setValue(0);
        m_stage->setText(tr("Diff failed."));
        showError(outcome.error);
        m_resultWidget->showMessage(tr("No result: the diff failed."));
        Q_EMIT finished(false);
        return;
    }
    m_progress->setValue(1000);
    m_stage->setText(
        tr("Done in %1 s.")
            .arg(QLocale().toString(double(outcome.result->durationMs) / 1000.0, 'f', 2)));
    ModelContext context;
    m_resultWidget->setResult(*outcome.result, context);
    Q_EMIT finished(true);
}

void AdHocDiffWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AdHocDiffWindow::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_urlA, m_tableA, m_sameConnection, m_tableB, m_password, m_key, m_include, m_exclude,
             m_filter, m_tolerance, m_algorithm, m_profiles})
        w->setEnabled(!running);
    m_urlB->setEnabled(!running && !m_sameConnection->isChecked());
}

} // namespace tidemark::ui
