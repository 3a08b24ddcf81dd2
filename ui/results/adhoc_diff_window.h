#pragma once

// The ad-hoc "diff two tables" window: two connection URLs (or one, "same connection"), two tables,
// the key and the options of `tidemark-cli diff`; Run diffs on a worker thread with progress and
// Cancel, errors show inline, and the result shows in an embedded ModelResultWidget.

#include "diff/diff_engine.h"

#include <QFuture>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

template<typename T> class QFutureWatcher;

namespace tidemark::ui {

class ModelResultWidget;

class AdHocDiffWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit AdHocDiffWindow(QWidget *parent = nullptr);
    ~AdHocDiffWindow() override; // cancels a running diff and waits for it to stop

    // Builds the request from the fields; the error names the field that is wrong.
    Expected<diff::DiffRequest> request() const;

    bool isRunning() const;
    ModelResultWidget *resultWidget() const { return m_resultWidget; }
    QString errorText() const;
    QString stageText() const;

    // The outcome of a finished run, delivered on the GUI thread.
    struct Outcome
    {
        std::optional<diff::DiffResult> result;
        QString error;
        bool cancelled = false;
    };

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    void started();
    // A run ended: with a result (succeeded), cancelled, or with the error shown in the window.
    void finished(bool succeeded);

private:
    void onProgress(double fraction, const QString &stage);
    void onFinished();
    void showError(const QString &message);
    void setRunning(bool running);
    void movePasswordOutOfUrl(QLineEdit *urlEdit);

    QLineEdit *m_urlA = nullptr;
    QLineEdit *m_tableA = nullptr;
    QCheckBox *m_sameConnection = nullptr;
    QLineEdit *m_urlB = nullptr;
    QLineEdit *m_tableB = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_tolerance = nullptr;
    QComboBox *m_algorithm = nullptr;
    QCheckBox *m_profiles = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_error = nullptr;
    ModelResultWidget *m_resultWidget = nullptr;

    std::shared_ptr<diff::DiffControl> m_control;
    QFuture<Outcome> m_future;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    quint64 m_generation = 0;
};

} // namespace tidemark::ui
