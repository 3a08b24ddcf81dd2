#pragma once

// Local GitHub and GitLab REST APIs for tests, on 127.0.0.1 and a free port, speaking the real JSON
// shapes and headers for what Tidemark uses. Each runs QHttpServer in its own thread, so a
// blocking client (or a tidemark-cli child process) can call it from the test's thread; every
// setter and getter is thread-safe.
//
// GitHub (FakeGitHub; prefix "" like api.github.com or "/api/v3" like Enterprise), under
// /repos/OWNER/NAME:
//   GET   /pulls?state=open|closed|all          pull requests (per_page <= 100, page; Link paging)
//   GET   /pulls/N                              one pull request (with changed_files)
//   GET   /pulls/N/files                        its files, paged, at most 3000 as GitHub does
//   GET   /compare/BASE...HEAD                  merge_base_commit from setMergeBase()
//   GET   /issues/N/comments                    comments, paged
//   POST  /issues/N/comments                    creates {"body"} (201)
//   PATCH /issues/comments/ID                   updates {"body"}
//   POST  /statuses/SHA                         records {state, context, description, target_url};
//                                               422 for a bad state or a description over 140
// Needs `Authorization: Bearer TOKEN` (or `token TOKEN`), else GitHub's 401 body.
//
// GitLab (FakeGitLab), under /api/v4/projects/OWNER%2FNAME (the path must be encoded that way):
//   GET  /merge_requests?state=opened|closed|merged|all   (X-Next-Page / X-Total-Pages / Link
//   paging) GET  /merge_requests/IID                    with changes_count ("N+" past the diff
//   limit) GET  /merge_requests/IID/diffs              paged; 404 when setDiffsEndpoint(false)
//   (GitLab < 15.7) GET  /merge_requests/IID/changes            {..., changes, overflow} GET
//   /repository/merge_base?refs[]=A&refs[]=B GET  /merge_requests/IID/notes              notes
//   (sort asc|desc), paged POST /merge_requests/IID/notes              creates {"body"} (201) PUT
//   /merge_requests/IID/notes/ID           updates {"body"} POST /statuses/SHA records {state,
//   name, description, target_url}; the
//                                               same pending/running state twice is GitLab's 400
// Needs `PRIVATE-TOKEN: TOKEN` (or `Authorization: Bearer TOKEN`), else GitLab's 401 body.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <memory>
#include <vector>

class QThread;
class QHttpServerRequest;
class QHttpServerResponder;
class QJsonObject;
class QJsonValue;

namespace tidemark::test {

class FakeCodeHost
{
public:
    enum class Kind { GitHub, GitLab };

    struct Request
    {
        QByteArray method;
        QString path; // as sent, percent-encoded ("/api/v4/projects/acme%2Fanalytics/...")
        QString query; // as sent, percent-encoded
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        QStringList queryValues(const QString &key) const; // decoded, e.g. "refs[]"
        QString queryValue(const QString &key) const;
    };

    // What the next matching requests get instead of (or before) their answer.
    struct Failure
    {
        enum class Mode {
            Status, // `status` with the host's error body; Retry-After when retryAfterSeconds >= 0
            RateLimit, // GitHub: `status` (403 or 429) with x-ratelimit-remaining: 0 and the reset
                       // `resetInSeconds` from now; GitLab: 429 with RateLimit-* and Retry-After
            SecondaryRateLimit, // GitHub: 403 "You have exceeded a secondary rate limit" with
                                // Retry-After
            Slow, // the normal answer after delayMs
            Truncated, // a Content-Length promising more than is sent, then the connection closes
            NotJson, // 200 with an HTML sign-in page
            WrongShape, // 200 with JSON of the wrong shape ({"unexpected": true})
        };
        Mode mode = Mode::Status;
        int status = 500;
        int retryAfterSeconds = -1;
        int resetInSeconds = 0;
        int delayMs = 0;

        static Failure httpStatus(int status, int retryAfterSeconds = -1)
        {
            return {Mode::Status, status, retryAfterSeconds, 0, 0};
        }
        static Failure rateLimit(int resetInSeconds, int status = 403)
        {
            return {Mode::RateLimit, status, -1, resetInSeconds, 0};
        }
        static Failure secondaryRateLimit(int retryAfterSeconds)
        {
            return {Mode::SecondaryRateLimit, 403, retryAfterSeconds, 0, 0};
        }
        static Failure slow(int delayMs) { return {Mode::Slow, 200, -1, 0, delayMs}; }
        static Failure truncated() { return {Mode::Truncated, 200, -1, 0, 0}; }
        static Failure notJson() { return {Mode::NotJson, 200, -1, 0, 0}; }
        static Failure wrongShape() { return {Mode::WrongShape, 200, -1, 0, 0}; }
    };

    struct File
    {
        QString path;
        QString previousPath; // a rename's old path
        QString status = QStringLiteral("modified"); // added, removed, modified, renamed
    };

    struct Pull
    {
        int number = 0;
        QString title;
        QString headSha;
        QString headBranch;
        QString baseBranch = QStringLiteral("main");
        QStringList labels;
        QString author = QStringLiteral("octocat");
        bool draft = false;
        QString state = QStringLiteral("open"); // open, closed, merged
        std::vector<File> files;
    };

    struct Comment
    {
        qint64 id = 0;
        int number = 0;
        QString body;
        QString author;
        bool system = false; // GitLab system notes ("added 1 commit")
    };

    struct Status
    {
        QString sha;
        QString state; // as the host received it
        QString context; // GitHub context, GitLab name
        QString description;
        QString targetUrl;
    };

    FakeCodeHost(Kind kind, const QString &owner, const QString &name, const QByteArray &token,
                 const QString &prefix);
    virtual ~FakeCodeHost();
    FakeCodeHost(const FakeCodeHost &) = delete;
    FakeCodeHost &operator=(const FakeCodeHost &) = delete;

    QString origin() const; // "http://127.0.0.1:PORT"
    QString apiUrl() const; // origin + prefix
    QByteArray token() const { return m_token; }
    QString owner() const { return m_owner; }
    QString name() const { return m_name; }

    // State.
    void addPull(const Pull &pull);
    // `count` open pull requests numbered from `first`, head SHAs "sha-N", branches "feature-N".
    void addPulls(int count, int first = 1);
    void setFiles(int number, const std::vector<File> &files);
    void setMergeBase(const QString &base, const QString &head, const QString &sha);
    qint64 addComment(int number, const QString &body,
                      const QString &author = QStringLiteral("reviewer"), bool system = false);
    // GitHub: next-page links point at this origin instead of the fake's own.
    void setLinkOrigin(const QString &origin);
    // GitLab: whether /diffs exists (GitLab 15.7+), and the diff limit on files (0: none).
    void setDiffsEndpoint(bool available);
    void setDiffLimit(int files);

    // The next `times` requests whose path contains `pathContains` ("" = any) fail as `failure`
    // says.
    void failNext(const QString &pathContains, const Failure &failure, int times = 1);

    // What was asked and what was written.
    std::vector<Request> requests(const QString &pathContains = QString()) const;
    void clearRequests();
    std::vector<Comment> comments(int number) const;
    std::vector<Status> statuses(const QString &sha = QString()) const;

protected:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        QList<QPair<QByteArray, QByteArray>> headers;
    };

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    Answer route(const Request &request); // with m_mutex held
    Answer routeGitHub(const Request &request, const QString &rest);
    Answer routeGitLab(const Request &request, const QString &rest);
    Answer error(int status, const QString &message = QString()) const;
    Answer json(const QJsonValue &value, int status = 200) const;
    Answer paged(const Request &request, const std::vector<QJsonObject> &items, int defaultPerPage);
    Answer failureAnswer(const Failure &failure) const;
    QJsonObject gitHubPull(const Pull &pull, bool single) const;
    QJsonObject gitLabMergeRequest(const Pull &pull, bool single) const;
    QJsonObject gitHubComment(const Comment &comment) const;
    QJsonObject gitLabNote(const Comment &comment) const;
    QJsonObject user(const QString &login) const;
    Pull *findPull(int number);
    void sleepInterruptibly(int ms) const;

    struct FailureRule
    {
        QString pathContains;
        Failure failure;
        int remaining = 0;
    };

    const Kind m_kind;
    const QString m_owner;
    const QString m_name;
    const QByteArray m_token;
    const QString m_prefix;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping = false;

    mutable QMutex m_mutex;
    std::vector<Pull> m_pulls;
    std::map<QPair<QString, QString>, QString> m_mergeBases;
    std::vector<Comment> m_comments;
    std::vector<Status> m_statuses;
    std::vector<FailureRule> m_failures;
    std::vector<Request> m_requests;
    QString m_linkOrigin;
    bool m_diffsEndpoint = true;
    int m_diffLimit = 0;
    qint64 m_nextCommentId = 1500000000; // GitHub's comment ids are past 2^31 today; start near it
};

class FakeGitHub final : public FakeCodeHost
{
public:
    // prefix "" serves like api.github.com, "/api/v3" like GitHub Enterprise Server.
    explicit FakeGitHub(const QString &prefix = QString(),
                        const QString &owner = QStringLiteral("acme"),
                        const QString &name = QStringLiteral("analytics"),
                        const QByteArray &token
                        = QByteArrayLiteral("ghp_fakeToken0123456789abcdefABCDEF0123"))
        : FakeCodeHost(Kind::GitHub, owner, name, token, prefix)
    {
    }
};

class FakeGitLab final : public FakeCodeHost
{
public:
    explicit FakeGitLab(const QString &owner = QStringLiteral("acme"),
                        const QString &name = QStringLiteral("analytics"),
                        const QByteArray &token = QByteArrayLiteral("glpat-fakeToken0123456789ab"))
        : FakeCodeHost(Kind::GitLab, owner, name, token, QStringLiteral("/api/v4"))
    {
    }
};

} // namespace tidemark::test
