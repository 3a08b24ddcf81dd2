#pragma once

// Lists an integration's pull requests on a worker thread: the open ones from the code host (or
// the one a local-artifacts integration describes), each with its last run from the results store.

#include "ci/integration.h"
#include "common/expected.h"
#include "pull_requests/pull_request_list_model.h"
#include "review/services.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tidemark::ui {

struct PullRequestQuery
{
    ci::Integration integration;
    QString gitToken;
    // Makes the code host (review::Services::codeHost); called on the worker thread.
    decltype(review::Services::codeHost) codeHost;
    QString storePath; // empty: no history
    // Instead of asking the code host: the pull requests to list (local artifacts, the demo).
    std::optional<std::vector<git::PullRequest>> known;
};

// Blocking; the worker's function, also used by tests.
Expected<std::vector<PullRequestEntry>> fetchPullRequests(const PullRequestQuery &query);

class PullRequestFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit PullRequestFetcher(QObject *parent = nullptr);
    ~PullRequestFetcher() override;

    // A newer fetch supersedes a running one (its answer is dropped).
    void fetch(PullRequestQuery query);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void fetched(const QString &integration,
                 const std::vector<tidemark::ui::PullRequestEntry> &entries);
    void failed(const QString &integration, const QString &message);

private:
    bool m_running = false;
    int m_generation = 0;
    std::optional<PullRequestQuery> m_queued;
};

} // namespace tidemark::ui
