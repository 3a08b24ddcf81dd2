#pragma once

// GitLab's REST API v4 for gitlab.com and self-managed instances: merge requests (X-Next-Page
// paging), their changed files (the diffs endpoint of GitLab 15.7+, falling back to /changes on
// older servers), the merge base of two refs, merge request notes, and commit statuses. The
// project is addressed by its URL-encoded path ("group%2Fsubgroup%2Fname").

#include "git/code_host.h"
#include "git/rest_session.h"

namespace tidemark::git {

class GitLabClient final : public CodeHost
{
public:
    // apiRoot: https://gitlab.com/api/v4 or https://HOST/api/v4 (validated by makeCodeHost).
    GitLabClient(const QUrl &apiRoot, const QString &owner, const QString &name,
                 const QString &token, net::HttpClient &http, CodeHostOptions options = {});

    QString providerName() const override;
    Expected<std::vector<PullRequest>> openPullRequests() override;
    Expected<PullRequest> pullRequest(int number) override;
    Expected<ChangedFiles> changedFiles(int number) override;
    Expected<QString> mergeBase(const QString &base, const QString &head) override;
    Expected<std::optional<Comment>> findComment(int number, const QString &marker) override;
    Expected<qint64> createComment(int number, const QString &body) override;
    Expected<void> updateComment(int number, qint64 commentId, const QString &body) override;
    // pending → pending, success → success, failure and error → failed (GitLab has no "error").
    Expected<void> setCommitStatus(const QString &sha, const CommitStatus &status) override;

    static QString gitLabState(CommitState state);

private:
    QUrl projectUrl(const QString &encodedPath, const QString &encodedQuery = {}) const;
    Expected<PullRequest> parseMergeRequest(const QJsonValue &value,
                                            const detail::Call &call) const;

    QString m_projectPath; // "/projects/GROUP%2FNAME"
    detail::RestSession m_rest;
};

} // namespace tidemark::git
