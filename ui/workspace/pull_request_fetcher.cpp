#include "workspace/pull_request_fetcher.h"
#include "translation.h"

#include "git/code_host.h"
#include "store/results_store.h"
#include "tasks/async.h"

#include <QCoreApplication>

#include <map>

namespace tidemark::ui {

namespace {

// lupdate files the Tr::tr() calls of free functions under the enclosing namespace, so that is the
// context the translations are looked up in.
} // namespace

Expected<std::vector<PullRequestEntry>> fetchPullRequests(const PullRequestQuery &query)
{
    std::vector<git::PullRequest> open;
    if (query.known) {
        open = *query.known;
    } else {
        if (query.gitToken.isEmpty())
            return Error {
                Tr::tr("no token for the repository: edit the integration and enter one")};
        if (!query.codeHost)
            return Error {Tr::tr("no code host to ask for the pull requests")};
        auto host = query.codeHost(query.integration.repository, query.gitToken, nullptr);
        if (!host)
            return host.error();
        auto listed = (*host)->openPullRequests();
        if (!listed)
            return listed.error();
        open = std::move(*listed);
    }

    std::map<int, store::RunRecord> last;
    if (!query.storePath.isEmpty()) {
        auto store = store::ResultsStore::open(query.storePath);
        if (!store)
            return store.error();
        auto runs = (*store)->latestRuns(query.integration.name, 500); // newest first
        if (!runs)
            return runs.error();
        for (store::RunRecord &run : *runs)
            last.try_emplace(run.info.prNumber, std::move(run));
    }

    std::vector<PullRequestEntry> entries;
    entries.reserve(open.size());
    for (git::PullRequest &pr : open) {
        PullRequestEntry e;
        e.pullRequest = std::move(pr);
        if (auto it = last.find(e.pullRequest.number); it != last.end()) {
            const store::RunRecord &run = it->second;
            e.checkState = run.state == store::RunState::Running ? QStringLiteral("running")
                                                                 : run.checkState;
            e.checkDescription
                = run.state == store::RunState::Failed ? run.error : run.checkDescription;
            e.lastRun = run.finishedAt.isValid() ? run.finishedAt : run.startedAt;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

PullRequestFetcher::PullRequestFetcher(QObject *parent)
    : QObject(parent)
{
}

PullRequestFetcher::~PullRequestFetcher() = default;

void PullRequestFetcher::fetch(PullRequestQuery query)
{
    ++m_generation;
    if (m_running) {
        m_queued = std::move(query); // one fetch at a time; the newest waits
        return;
    }
    m_running = true;
    const QString integration = query.integration.name;
    runAsync(
        this, [query = std::move(query)] { return fetchPullRequests(query); },
        [this, generation = m_generation,
         integration](const Expected<std::vector<PullRequestEntry>> &result) {
            m_running = false;
            if (generation == m_generation) {
                if (result)
                    Q_EMIT fetched(integration, *result);
                else
                    Q_EMIT failed(integration, result.errorMessage());
            }
            if (m_queued) {
                PullRequestQuery next = std::move(*m_queued);
                m_queued.reset();
                fetch(std::move(next));
            }
        });
}

} // namespace tidemark::ui
