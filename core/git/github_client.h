#pragma once

// GitHub's REST API (v3, version 2022-11-28) for github.com and GitHub Enterprise Server: pull
// requests, their files (every page, up to GitHub's 3000), the merge base from the compare
// endpoint, issue comments on the pull request, and commit statuses. A used-up rate limit (403 or
// 429 with x-ratelimit-remaining: 0, or a secondary limit) is waited out when the reset is near.

#include "git/code_host.h"
#include "git/rest_session.h"

namespace tidemark::git {

class GitHubClient final : public CodeHost
{
public:
    // apiRoot: https://api.github.com or https://HOST/api/v3 (validated by makeCodeHost).
    GitHubClient(const QUrl &apiRoot, const QString &owner, const QString &name,
                 const QString &token, net::HttpClient &http, CodeHostOptions options = {});

    QString providerName() const override;
    Expected<std::vector<PullRequest>> openPullRequests() override;
    Expected<PullRequest> pullRequest(int number) override;
    Expected<ChangedFiles> changedFiles(int number) override;
    Expected<QString> mergeBase(const QString &base, const QString &head) override;
    Expected<std::optional<Comment>> findComment(int number, const QString &marker) override;
    Expected<qint64> createComment(int number, const QString &body) override;
    Expected<void> updateComment(int number, qint64 commentId, const QString &body) override;
    Expected<void> setCommitStatus(const QString &sha, const CommitStatus &status) override;

    // GitHub refuses a status description longer than this.
    static constexpr int kMaxStatusDescription = 140;
    // The pull request files endpoint lists at most this many files.
    static constexpr int kMaxListedFiles = 3000;

private:
    QUrl repoUrl(const QString &encodedPath, const QString &encodedQuery = {}) const;
    Expected<PullRequest> parsePull(const QJsonValue &value, const detail::Call &call) const;

    QString m_repoPath; // "/repos/OWNER/NAME", encoded
    detail::RestSession m_rest;
};

} // namespace tidemark::git
