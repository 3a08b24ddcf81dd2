#pragma once

// The code host behind one interface: GitHub (api.github.com or an Enterprise API URL) and GitLab
// (gitlab.com or self-managed). What the pull-request pipeline needs from it: the open pull
// (merge) requests, one request's head SHA, branches, labels and author, its changed files, the
// merge-base commit, one summary comment found again by a hidden marker, and the commit status.
//
// Every call is blocking (run it on a worker thread or in the CLI) and goes through an
// net::HttpClient, so timeouts and retries of 429/5xx answers (honouring Retry-After) apply to all.
// Failures are one sentence that names the cause and the fix; the token travels in headers only
// and never appears in a message.

#include "common/cancellation.h"
#include "common/expected.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tidemark::net {
class HttpClient;
}

namespace tidemark::git {

struct PullRequest
{
    int number = 0; // GitHub's number, GitLab's iid
    QString title;
    QString headSha;
    QString headBranch; // GitHub head.ref, GitLab source_branch
    QString baseBranch; // GitHub base.ref, GitLab target_branch
    QStringList labels;
    QString author; // login / username
    QString url; // the page a person opens
    bool draft = false;
    QString state; // "open", "closed" or "merged"
};

// The files a pull request changes, repository-relative. A rename lists the old and the new path.
struct ChangedFiles
{
    QStringList paths;
    // The host stopped listing before the end (GitHub lists at most 3000 files; GitLab may cut
    // an oversized diff): treat the list as partial, never as "every changed file is ignored".
    bool truncated = false;
};

struct Comment
{
    qint64 id = 0;
    QString body;
};

enum class CommitState { Pending, Success, Failure, Error };

struct CommitStatus
{
    CommitState state = CommitState::Pending;
    QString context = QStringLiteral("tidemark"); // GitHub "context", GitLab "name"
    QString description; // GitHub keeps 140 characters: longer text is shortened with "…"
    QString targetUrl; // optional
};

QString commitStateName(CommitState state); // "pending", "success", "failure", "error"

class CodeHost
{
public:
    virtual ~CodeHost() = default;

    // "GitHub" or "GitLab", for messages.
    virtual QString providerName() const = 0;

    virtual Expected<std::vector<PullRequest>> openPullRequests() = 0;
    virtual Expected<PullRequest> pullRequest(int number) = 0;
    // Every page of the changed files.
    virtual Expected<ChangedFiles> changedFiles(int number) = 0;
    // The SHA of the best common ancestor of two refs (branch names or SHAs).
    virtual Expected<QString> mergeBase(const QString &base, const QString &head) = 0;

    // The oldest comment on the pull request whose body contains the marker, if any.
    virtual Expected<std::optional<Comment>> findComment(int number, const QString &marker) = 0;
    // Returns the new comment's id.
    virtual Expected<qint64> createComment(int number, const QString &body) = 0;
    // GitLab addresses a note through its merge request, so the number is needed too.
    virtual Expected<void> updateComment(int number, qint64 commentId, const QString &body) = 0;

    virtual Expected<void> setCommitStatus(const QString &sha, const CommitStatus &status) = 0;

    // The one comment the pipeline keeps per pull request: updated when a comment with the marker
    // exists, created otherwise. The marker is put at the start of the body when missing.
    // Returns the comment's id.
    Expected<qint64> upsertComment(int number, const QString &marker, const QString &body);
};

struct CodeHostOptions
{
    int timeoutMs = 30000; // per request
    // When the host's rate limit is used up (GitHub: 403 or 429 with x-ratelimit-remaining: 0,
    // or a secondary limit), wait for the reset when it comes within this time, else fail.
    int maxRateLimitWaitMs = 60000;
    // For tests: called instead of sleeping for a rate-limit wait (milliseconds).
    std::function<void(int)> sleep;
    // Ends a rate-limit wait at once (the call then fails as cancelled); may be null.
    const Cancellation *cancellation = nullptr;
};

// provider: "github" or "gitlab". apiUrl: the API root; empty means the public service.
// GitHub: https://api.github.com, or https://HOST/api/v3 for Enterprise (https://github.com is
// taken to mean https://api.github.com). GitLab: https://gitlab.com/api/v4 or https://HOST/api/v4;
// a URL without a path gets /api/v4. owner may hold GitLab subgroups ("group/subgroup").
// The HttpClient must outlive the returned object.
Expected<std::unique_ptr<CodeHost>> makeCodeHost(const QString &provider, const QString &apiUrl,
                                                 const QString &owner, const QString &name,
                                                 const QString &token, net::HttpClient &http,
                                                 CodeHostOptions options = {});

} // namespace tidemark::git
