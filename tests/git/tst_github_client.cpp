// The GitHub client against a local fake GitHub (api.github.com and Enterprise /api/v3 layouts):
// pull requests, files over several pages, the merge base, one comment found again by its marker,
// commit statuses, and the failures: token, permissions, rate limits, retries, timeouts, bodies
// that are not the JSON expected. No message may contain the token.

#include "git/code_host.h"
#include "git/github_client.h"
#include "net/http_client.h"
#include "support/fake_code_host.h"

#include <QTcpServer>
#include <QTest>

using namespace tidemark;
using git::CodeHost;
using test::FakeCodeHost;
using test::FakeGitHub;
using Failure = test::FakeCodeHost::Failure;

namespace {

const QString kMarker = QStringLiteral("<!-- tidemark:pull-request-summary -->");

struct Client
{
    net::QtHttpClient http;
    std::vector<int> httpWaits; // backoff of the HTTP layer (429/5xx/transport)
    std::vector<int> rateWaits; // waits for a used-up rate limit
    std::unique_ptr<CodeHost> host;

    Client(const FakeCodeHost &fake, int maxAttempts = 3, int timeoutMs = 5000,
           QByteArray token = {})
        : http(net::RetryPolicy {maxAttempts, 10, 30000})
    {
        http.setSleepHook([this](int ms) { httpWaits.push_back(ms); });
        git::CodeHostOptions options;
        options.timeoutMs = timeoutMs;
        options.sleep = [this](int ms) { rateWaits.push_back(ms); };
        auto made = git::makeCodeHost(
            QStringLiteral("github"), fake.apiUrl(), fake.owner(), fake.name(),
            QString::fromLatin1(token.isEmpty() ? fake.token() : token), http, options);
        if (made)
            host = std::move(*made);
    }
};

bool mentionsToken(const QString &message, const FakeCodeHost &fake)
{
    return message.contains(QString::fromLatin1(fake.token()))
        || message.contains(QLatin1String("fakeToken"));
}

} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openPullRequestsFollowsEveryPage();
    void pullRequestFields();
    void mergedAndClosedStates();
    void sendsTheApiHeaders();
    void changedFilesOverSeveralPages();
    void changedFilesCappedAt3000_data();
    void changedFilesCappedAt3000();
    void mergeBase();
    void mergeBaseUnknownRef();
    void findCommentOnALaterPage();
    void upsertCreatesThenUpdatesTheSameComment();
    void commitStatus_data();
    void commitStatus();
    void statusDescriptionShortened();
    void enterpriseApiUrl();
    void failures_data();
    void failures();
    void wrongToken();
    void retriesTransientFailures_data();
    void retriesTransientFailures();
    void waitsForAPrimaryRateLimit_data();
    void waitsForAPrimaryRateLimit();
    void rateLimitTooFarAway();
    void waitsForASecondaryRateLimit();
    void truncatedBody();
    void timeout();
    void slowOnceThenAnswered();
    void refusesAForeignNextLink();
    void connectionRefused();
    void factory_data();
    void factory();
};

void TestGitHubClient::openPullRequestsFollowsEveryPage()
{
    FakeGitHub fake;
    fake.addPulls(150);
    FakeCodeHost::Pull closed;
    closed.number = 999;
    closed.headSha = QStringLiteral("c0ffee");
    closed.state = QStringLiteral("closed");
    fake.addPull(closed);
    Client client(fake);
    QVERIFY(client.host);

    const auto pulls = client.host->openPullRequests();
    QVERIFY2(pulls, qPrintable(pulls ? QString() : pulls.errorMessage()));
    QCOMPARE(pulls->size(), size_t(150));
    QSet<int> numbers;
    for (const git::PullRequest &pr : *pulls) {
        numbers.insert(pr.number);
        QCOMPARE(pr.state, QStringLiteral("open"));
        QCOMPARE(pr.headBranch, QStringLiteral("feature-%1").arg(pr.number));
        QCOMPARE(pr.headSha.size(), 40);
    }
    QCOMPARE(numbers.size(), 150);
    QVERIFY(!numbers.contains(999));

    const auto requests = fake.requests(QStringLiteral("/pulls"));
    QCOMPARE(requests.size(), size_t(2));
    QCOMPARE(requests[0].path, QStringLiteral("/repos/acme/analytics/pulls"));
    QCOMPARE(requests[0].queryValue(QStringLiteral("state")), QStringLiteral("open"));
    QCOMPARE(requests[0].queryValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(requests[1].queryValue(QStringLiteral("page")), QStringLiteral("2"));
}

void TestGitHubClient::pullRequestFields()
{
    FakeGitHub fake;
    FakeCodeHost::Pull pull;
    pull.number = 42;
    pull.title = QStringLiteral("Rework orders");
    pull.headSha = QStringLiteral("8f14e45fceea167a5a36dedd4bea2543e1c4c2c1");
    pull.headBranch = QStringLiteral("feature/orders");
    pull.baseBranch = QStringLiteral("develop");
    pull.labels = {QStringLiteral("tidemark:diff-all-downstream"), QStringLiteral("data")};
    pull.author = QStringLiteral("alice");
    pull.draft = true;
    fake.addPull(pull);
    Client client(fake);

    const auto pr = client.host->pullRequest(42);
    QVERIFY2(pr, qPrintable(pr ? QString() : pr.errorMessage()));
    QCOMPARE(pr->number, 42);
    QCOMPARE(pr->title, pull.title);
    QCOMPARE(pr->headSha, pull.headSha);
    QCOMPARE(pr->headBranch, pull.headBranch);
    QCOMPARE(pr->baseBranch, pull.baseBranch);
    QCOMPARE(pr->labels, pull.labels);
    QCOMPARE(pr->author, QStringLiteral("alice"));
    QCOMPARE(pr->url, QStringLiteral("https://github.com/acme/analytics/pull/42"));
    QVERIFY(pr->draft);
    QCOMPARE(pr->state, QStringLiteral("open"));
    QCOMPARE(client.host->providerName(), QStringLiteral("GitHub"));
}

void TestGitHubClient::mergedAndClosedStates()
{
    FakeGitHub fake;
    FakeCodeHost::Pull merged;
    merged.number = 1;
    merged.headSha = QStringLiteral("aaa");
    merged.state = QStringLiteral("merged");
    fake.addPull(merged);
    FakeCodeHost::Pull closed = merged;
    closed.number = 2;
    closed.state = QStringLiteral("closed");
    fake.addPull(closed);
    Client client(fake);
    QCOMPARE(client.host->pullRequest(1)->state, QStringLiteral("merged"));
    QCOMPARE(client.host->pullRequest(2)->state, QStringLiteral("closed"));
}

void TestGitHubClient::sendsTheApiHeaders()
{
    FakeGitHub fake;
    fake.addPulls(1);
    Client client(fake);
    QVERIFY(client.host->pullRequest(1));
    const auto requests = fake.requests();
    QCOMPARE(requests.size(), size_t(1));
    const FakeCodeHost::Request &r = requests[0];
    QCOMPARE(r.header("Authorization"), QByteArrayLiteral("Bearer ") + fake.token());
    QCOMPARE(r.header("Accept"), QByteArrayLiteral("application/vnd.github+json"));
    QCOMPARE(r.header("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28"));
    QVERIFY(r.header("User-Agent").startsWith("Tidemark/"));
    // The token travels in the header only.
    QVERIFY(!r.path.contains(QLatin1String("fakeToken")));
    QVERIFY(!r.query.contains(QLatin1String("fakeToken")));
}

void TestGitHubClient::changedFilesOverSeveralPages()
{
    FakeGitHub fake;
    fake.addPulls(1, 7);
    std::vector<FakeCodeHost::File> files;
    for (int i = 0; i < 249; ++i)
        files.push_back({QStringLiteral("models/m_%1.sql").arg(i, 3, 10, QLatin1Char('0')),
                         {},
                         QStringLiteral("modified")});
    files.push_back({QStringLiteral("models/new_name.sql"), QStringLiteral("models/old_name.sql"),
                     QStringLiteral("renamed")});
    fake.setFiles(7, files);
    Client client(fake);

    const auto changed = client.host->changedFiles(7);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.errorMessage()));
    QCOMPARE(changed->paths.size(), 251); // the rename lists both paths
    QCOMPARE(changed->paths.first(), QStringLiteral("models/m_000.sql"));
    QVERIFY(changed->paths.contains(QStringLiteral("models/new_name.sql")));
    QVERIFY(changed->paths.contains(QStringLiteral("models/old_name.sql")));
    QVERIFY(!changed->truncated);
    const auto requests = fake.requests(QStringLiteral("/pulls/7/files"));
    QCOMPARE(requests.size(), size_t(3));
    QCOMPARE(requests[0].queryValue(QStringLiteral("per_page")), QStringLiteral("100"));
}

void TestGitHubClient::changedFilesCappedAt3000_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("listed");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("exactly 3000") << 3000 << 3000 << false;
    QTest::newRow("3005: GitHub stops at 3000") << 3005 << 3000 << true;
}

void TestGitHubClient::changedFilesCappedAt3000()
{
    QFETCH(int, files);
    QFETCH(int, listed);
    QFETCH(bool, truncated);
    FakeGitHub fake;
    fake.addPulls(1, 3);
    std::vector<FakeCodeHost::File> list;
    for (int i = 0; i < files; ++i)
        list.push_back({QStringLiteral("f/%1.sql").arg(i), {}, QStringLiteral("added")});
    fake.setFiles(3, list);
    Client client(fake);
    const auto changed = client.host->changedFiles(3);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.errorMessage()));
    QCOMPARE(changed->paths.size(), listed);
    QCOMPARE(changed->truncated, truncated);
}

void TestGitHubClient::mergeBase()
{
    FakeGitHub fake;
    const QString sha = QStringLiteral("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    fake.setMergeBase(QStringLiteral("main"), QStringLiteral("feature/orders"), sha);
    Client client(fake);
    const auto base
        = client.host->mergeBase(QStringLiteral("main"), QStringLiteral("feature/orders"));
    QVERIFY2(base, qPrintable(base ? QString() : base.errorMessage()));
    QCOMPARE(*base, sha);
    const auto requests = fake.requests(QStringLiteral("/compare/"));
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests[0].path,
             QStringLiteral("/repos/acme/analytics/compare/main...feature%2Forders"));
}

void TestGitHubClient::mergeBaseUnknownRef()
{
    FakeGitHub fake;
    Client client(fake);
    const auto base = client.host->mergeBase(QStringLiteral("main"), QStringLiteral("nope"));
    QVERIFY(!base);
    QVERIFY2(base.errorMessage().contains(QLatin1String("404")), qPrintable(base.errorMessage()));
    QVERIFY(base.errorMessage().contains(QLatin1String("merge base of main and nope")));
    QVERIFY(!mentionsToken(base.errorMessage(), fake));
}

void TestGitHubClient::findCommentOnALaterPage()
{
    FakeGitHub fake;
    fake.addPulls(1, 5);
    for (int i = 0; i < 130; ++i)
        fake.addComment(5, QStringLiteral("LGTM %1").arg(i));
    const qint64 id = fake.addComment(5, kMarker + QStringLiteral("\n## Tidemark\nold"),
                                      QStringLiteral("tidemark-bot"));
    fake.addComment(5, kMarker + QStringLiteral("\nA later duplicate"));
    Client client(fake);

    const auto found = client.host->findComment(5, kMarker);
    QVERIFY2(found, qPrintable(found ? QString() : found.errorMessage()));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, id);
    QVERIFY((*found)->body.contains(QLatin1String("old")));
    QCOMPARE(fake.requests(QStringLiteral("/issues/5/comments")).size(), size_t(2));

    const auto none = client.host->findComment(5, QStringLiteral("<!-- other -->"));
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestGitHubClient::upsertCreatesThenUpdatesTheSameComment()
{
    FakeGitHub fake;
    fake.addPulls(1, 5);
    fake.addComment(5, QStringLiteral("Please add tests"));
    Client client(fake);

    const auto first
        = client.host->upsertComment(5, kMarker, QStringLiteral("## Tidemark\n3 models differ"));
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    QCOMPARE(fake.comments(5).size(), size_t(2));
    QCOMPARE(fake.comments(5).back().id, *first);
    QVERIFY(fake.comments(5).back().body.startsWith(kMarker)); // the marker was put in front

    const auto second = client.host->upsertComment(
        5, kMarker, kMarker + QStringLiteral("\n## Tidemark\nall match"));
    QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
    QCOMPARE(*second, *first);
    QCOMPARE(fake.comments(5).size(), size_t(2));
    QCOMPARE(fake.comments(5).back().body, kMarker + QStringLiteral("\n## Tidemark\nall match"));
    QCOMPARE(fake.requests(QStringLiteral("/issues/comments/")).size(), size_t(1));
    const auto patch = fake.requests(QStringLiteral("/issues/comments/"))[0];
    QCOMPARE(patch.method, QByteArrayLiteral("PATCH"));
    QCOMPARE(patch.path, QStringLiteral("/repos/acme/analytics/issues/comments/%1").arg(*first));

    // The same body again: nothing to write.
    const auto third = client.host->upsertComment(
        5, kMarker, kMarker + QStringLiteral("\n## Tidemark\nall match"));
    QVERIFY(third);
    QCOMPARE(fake.requests(QStringLiteral("/issues/comments/")).size(), size_t(1));
    QCOMPARE(fake.requests(QStringLiteral("/issues/5/comments")).size(),
             size_t(4)); // 3 reads, 1 post
}

void TestGitHubClient::commitStatus_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("sent");
    QTest::newRow("pending") << int(git::CommitState::Pending) << QStringLiteral("pending");
    QTest::newRow("success") << int(git::CommitState::Success) << QStringLiteral("success");
    QTest::newRow("failure") << int(git::CommitState::Failure) << QStringLiteral("failure");
    QTest::newRow("error") << int(git::CommitState::Error) << QStringLiteral("error");
}

void TestGitHubClient::commitStatus()
{
    QFETCH(int, state);
    QFETCH(QString, sent);
    FakeGitHub fake;
    Client client(fake);
    const QString sha = QStringLiteral("8f14e45fceea167a5a36dedd4bea2543e1c4c2c1");
    git::CommitStatus status;
    status.state = git::CommitState(state);
    status.description = QStringLiteral("2 of 5 models differ");
    status.targetUrl = QStringLiteral("https://ci.example.com/runs/17");
    const auto set = client.host->setCommitStatus(sha, status);
    QVERIFY2(set, qPrintable(set ? QString() : set.errorMessage()));
    const auto recorded = fake.statuses(sha);
    QCOMPARE(recorded.size(), size_t(1));
    QCOMPARE(recorded[0].state, sent);
    QCOMPARE(recorded[0].context, QStringLiteral("tidemark"));
    QCOMPARE(recorded[0].description, status.description);
    QCOMPARE(recorded[0].targetUrl, status.targetUrl);
    QVERIFY(fake.statuses(QStringLiteral("0000000000000000000000000000000000000000")).empty());
}

void TestGitHubClient::statusDescriptionShortened()
{
    FakeGitHub fake;
    Client client(fake);
    git::CommitStatus status;
    status.state = git::CommitState::Failure;
    status.description = QString(200, QLatin1Char('x'));
    const auto set = client.host->setCommitStatus(QStringLiteral("abc123"), status);
    QVERIFY2(set, qPrintable(set ? QString() : set.errorMessage()));
    const auto recorded = fake.statuses(QStringLiteral("abc123"));
    QCOMPARE(recorded.size(), size_t(1));
    QCOMPARE(recorded[0].description.size(), 140);
    QVERIFY(recorded[0].description.endsWith(QChar(0x2026)));
    QVERIFY(recorded[0].targetUrl.isEmpty());
}

void TestGitHubClient::enterpriseApiUrl()
{
    FakeGitHub fake(QStringLiteral("/api/v3"));
    fake.addPulls(2);
    net::QtHttpClient http(net::RetryPolicy {1, 10, 100});
    auto made
        = git::makeCodeHost(QStringLiteral("GitHub"), fake.apiUrl() + QStringLiteral("/"),
                            fake.owner(), fake.name(), QString::fromLatin1(fake.token()), http);
    QVERIFY2(made, qPrintable(made ? QString() : made.errorMessage()));
    const auto pulls = (*made)->openPullRequests();
    QVERIFY2(pulls, qPrintable(pulls ? QString() : pulls.errorMessage()));
    QCOMPARE(pulls->size(), size_t(2));
    QCOMPARE(fake.requests()[0].path, QStringLiteral("/api/v3/repos/acme/analytics/pulls"));
}

void TestGitHubClient::failures_data()
{
    QTest::addColumn<int>("failureIndex");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("mentions");

    // Failure kinds are built in failures(); the index picks one.
    QTest::newRow("401") << 0 << QStringLiteral("pull")
                         << QStringList {QStringLiteral("rejected the access token"),
                                         QStringLiteral("401")};
    QTest::newRow("403 reading") << 1 << QStringLiteral("pull")
                                 << QStringList {QStringLiteral("denied permission"),
                                                 QStringLiteral("Pull requests read"),
                                                 QStringLiteral("acme/analytics")};
    QTest::newRow("403 commenting") << 1 << QStringLiteral("comment")
                                    << QStringList {QStringLiteral("denied permission"),
                                                    QStringLiteral("Pull requests read and write")};
    QTest::newRow("403 status") << 1 << QStringLiteral("status")
                                << QStringList {QStringLiteral("denied permission"),
                                                QStringLiteral("Commit statuses")};
    QTest::newRow("404") << 2 << QStringLiteral("pull")
                         << QStringList {QStringLiteral("404"), QStringLiteral("permission"),
                                         QStringLiteral("reading pull request #1")};
    QTest::newRow("500 every time") << 3 << QStringLiteral("pull")
                                    << QStringList {QStringLiteral("kept failing with HTTP 500"),
                                                    QStringLiteral("try again later")};
    QTest::newRow("422") << 4 << QStringLiteral("comment")
                         << QStringList {QStringLiteral("HTTP 422"),
                                         QStringLiteral("Validation Failed")};
    QTest::newRow("html instead of JSON")
        << 5 << QStringLiteral("pull")
        << QStringList {QStringLiteral("not the expected JSON"), QStringLiteral("not JSON"),
                        QStringLiteral("/api/v3")};
    QTest::newRow("object without fields")
        << 6 << QStringLiteral("pull")
        << QStringList {QStringLiteral("not the expected JSON"), QStringLiteral("number")};
    QTest::newRow("object instead of list") << 6 << QStringLiteral("list")
                                            << QStringList {QStringLiteral("not the expected JSON"),
                                                            QStringLiteral("a list was expected")};
    QTest::newRow("html on the files") << 5 << QStringLiteral("files")
                                       << QStringList {QStringLiteral("not the expected JSON"),
                                                       QStringLiteral("files of pull request #1")};
    QTest::newRow("merge base without sha")
        << 6 << QStringLiteral("mergebase")
        << QStringList {QStringLiteral("merge_base_commit.sha")};
}

void TestGitHubClient::failures()
{
    QFETCH(int, failureIndex);
    QFETCH(QString, operation);
    QFETCH(QStringList, mentions);
    const Failure kinds[]
        = {Failure::httpStatus(401), Failure::httpStatus(403), Failure::httpStatus(404),
           Failure::httpStatus(500), Failure::httpStatus(422), Failure::notJson(),
           Failure::wrongShape()};
    FakeGitHub fake;
    fake.addPulls(1);
    fake.setMergeBase(QStringLiteral("main"), QStringLiteral("x"), QStringLiteral("abc"));
    fake.failNext(QString(), kinds[failureIndex], 10);
    Client client(fake);

    QString message;
    if (operation == QLatin1String("pull")) {
        const auto r = client.host->pullRequest(1);
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("list")) {
        const auto r = client.host->openPullRequests();
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("files")) {
        const auto r = client.host->changedFiles(1);
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("comment")) {
        const auto r = client.host->createComment(1, QStringLiteral("hello"));
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("status")) {
        const auto r = client.host->setCommitStatus(QStringLiteral("abc"), git::CommitStatus {});
        QVERIFY(!r);
        message = r.errorMessage();
    } else {
        const auto r = client.host->mergeBase(QStringLiteral("main"), QStringLiteral("x"));
        QVERIFY(!r);
        message = r.errorMessage();
    }
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(message.contains(m),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(message, m)));
    QVERIFY2(message.contains(QLatin1String("GitHub")), qPrintable(message));
    QVERIFY2(!mentionsToken(message, fake), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    // Only transient failures are retried.
    const size_t expectedRequests = failureIndex == 3 ? 3 : 1;
    QCOMPARE(fake.requests().size(), expectedRequests);
}

void TestGitHubClient::wrongToken()
{
    FakeGitHub fake;
    fake.addPulls(1);
    Client client(fake, 3, 5000, QByteArrayLiteral("ghp_wrongToken_SECRET_999"));
    const auto r = client.host->openPullRequests();
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("rejected the access token")),
             qPrintable(r.errorMessage()));
    QVERIFY(r.errorMessage().contains(QLatin1String("Bad credentials")));
    QVERIFY(!r.errorMessage().contains(QLatin1String("SECRET")));
    QCOMPARE(fake.requests().size(), size_t(1));
}

void TestGitHubClient::retriesTransientFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("expectedWait");
    QTest::newRow("502 twice") << 502 << -1 << 2 << -1;
    QTest::newRow("503 once") << 503 << -1 << 1 << -1;
    QTest::newRow("429 with Retry-After") << 429 << 2 << 1 << 2000;
}

void TestGitHubClient::retriesTransientFailures()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(int, times);
    QFETCH(int, expectedWait);
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/pulls/1"), Failure::httpStatus(status, retryAfter), times);
    Client client(fake);
    const auto pr = client.host->pullRequest(1);
    QVERIFY2(pr, qPrintable(pr ? QString() : pr.errorMessage()));
    QCOMPARE(client.httpWaits.size(), size_t(times));
    if (expectedWait >= 0)
        QCOMPARE(client.httpWaits.front(), expectedWait);
    QVERIFY(client.rateWaits.empty());
}

void TestGitHubClient::waitsForAPrimaryRateLimit_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("httpRetries");
    QTest::newRow("403 with x-ratelimit-remaining: 0") << 403 << 1 << 2 << 0;
    // A 429 is first retried by the HTTP layer (3 attempts here), then waited out until the reset.
    QTest::newRow("429 with x-ratelimit-remaining: 0") << 429 << 3 << 4 << 2;
}

void TestGitHubClient::waitsForAPrimaryRateLimit()
{
    QFETCH(int, status);
    QFETCH(int, times);
    QFETCH(int, requests);
    QFETCH(int, httpRetries);
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/pulls"), Failure::rateLimit(5, status), times);
    Client client(fake);
    const auto pr = client.host->pullRequest(1);
    QVERIFY2(pr, qPrintable(pr ? QString() : pr.errorMessage()));
    QCOMPARE(client.rateWaits.size(), size_t(1));
    // Until x-ratelimit-reset (5 s away, in whole seconds) and a second more.
    QVERIFY2(client.rateWaits[0] >= 4000 && client.rateWaits[0] <= 7000,
             qPrintable(QString::number(client.rateWaits[0])));
    QCOMPARE(fake.requests().size(), size_t(requests));
    QCOMPARE(client.httpWaits.size(), size_t(httpRetries));
}

void TestGitHubClient::rateLimitTooFarAway()
{
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/pulls"), Failure::rateLimit(3600), 5);
    Client client(fake);
    const auto pr = client.host->pullRequest(1);
    QVERIFY(!pr);
    QVERIFY2(
        pr.errorMessage().contains(QLatin1String("rate limit for this token is used up until")),
        qPrintable(pr.errorMessage()));
    QVERIFY(pr.errorMessage().contains(QLatin1String("UTC")));
    QVERIFY(!mentionsToken(pr.errorMessage(), fake));
    QVERIFY(client.rateWaits.empty());
    QCOMPARE(fake.requests().size(), size_t(1));
}

void TestGitHubClient::waitsForASecondaryRateLimit()
{
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/issues/1/comments"), Failure::secondaryRateLimit(3));
    Client client(fake);
    const auto id = client.host->createComment(1, QStringLiteral("hello"));
    QVERIFY2(id, qPrintable(id ? QString() : id.errorMessage()));
    QVERIFY(client.rateWaits == std::vector<int> {3000});
    QCOMPARE(fake.comments(1).size(), size_t(1));
}

void TestGitHubClient::truncatedBody()
{
    {
        FakeGitHub fake;
        fake.addPulls(1);
        fake.failNext(QStringLiteral("/pulls/1"), Failure::truncated());
        Client client(fake);
        const auto pr = client.host->pullRequest(1);
        QVERIFY2(pr, qPrintable(pr ? QString() : pr.errorMessage()));
        QCOMPARE(client.httpWaits.size(), size_t(1));
    }
    {
        FakeGitHub fake;
        fake.addPulls(1);
        fake.failNext(QStringLiteral("/pulls/1"), Failure::truncated());
        Client client(fake, 1);
        const auto pr = client.host->pullRequest(1);
        QVERIFY(!pr);
        QVERIFY2(pr.errorMessage().contains(QLatin1String("cut short")),
                 qPrintable(pr.errorMessage()));
        QVERIFY(pr.errorMessage().contains(QLatin1String("reading pull request #1 on GitHub")));
    }
}

void TestGitHubClient::timeout()
{
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/pulls/1"), Failure::slow(1500));
    Client client(fake, 1, 300);
    const auto pr = client.host->pullRequest(1);
    QVERIFY(!pr);
    QVERIFY2(pr.errorMessage().contains(QLatin1String("did not answer within")),
             qPrintable(pr.errorMessage()));
    QVERIFY(pr.errorMessage().contains(QLatin1String("while reading pull request #1 on GitHub")));
}

void TestGitHubClient::slowOnceThenAnswered()
{
    FakeGitHub fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/pulls/1"), Failure::slow(700));
    Client client(fake, 3, 500);
    const auto pr = client.host->pullRequest(1);
    QVERIFY2(pr, qPrintable(pr ? QString() : pr.errorMessage()));
    QCOMPARE(pr->number, 1);
}

void TestGitHubClient::refusesAForeignNextLink()
{
    FakeGitHub fake;
    fake.addPulls(150);
    fake.setLinkOrigin(QStringLiteral("http://127.0.0.2:9"));
    Client client(fake);
    const auto pulls = client.host->openPullRequests();
    QVERIFY(!pulls);
    QVERIFY2(pulls.errorMessage().contains(QLatin1String("another server (127.0.0.2)")),
             qPrintable(pulls.errorMessage()));
    QCOMPARE(fake.requests().size(), size_t(1));
}

void TestGitHubClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    net::QtHttpClient http(net::RetryPolicy {1, 10, 100});
    auto made = git::makeCodeHost(
        QStringLiteral("github"), QStringLiteral("http://127.0.0.1:%1").arg(port),
        QStringLiteral("acme"), QStringLiteral("analytics"), QStringLiteral("ghp_x_SECRET"), http);
    QVERIFY(made);
    const auto pr = (*made)->pullRequest(3);
    QVERIFY(!pr);
    QVERIFY2(pr.errorMessage().contains(QLatin1String("cannot reach")),
             qPrintable(pr.errorMessage()));
    QVERIFY(!pr.errorMessage().contains(QLatin1String("SECRET")));
}

void TestGitHubClient::factory_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("error"); // empty: made

    QTest::newRow("github default URL")
        << QStringLiteral("github") << QString() << QStringLiteral("acme") << QStringLiteral("t")
        << QString();
    QTest::newRow("gitlab default URL")
        << QStringLiteral("gitlab") << QString() << QStringLiteral("acme") << QStringLiteral("t")
        << QString();
    QTest::newRow("unknown provider")
        << QStringLiteral("bitbucket") << QString() << QStringLiteral("acme") << QStringLiteral("t")
        << QStringLiteral("Unknown code host \"bitbucket\"");
    QTest::newRow("not http") << QStringLiteral("github") << QStringLiteral("ftp://example.com")
                              << QStringLiteral("acme") << QStringLiteral("t")
                              << QStringLiteral("is not an http(s) URL");
    QTest::newRow("no host") << QStringLiteral("github") << QStringLiteral("api.github.com")
                             << QStringLiteral("acme") << QStringLiteral("t")
                             << QStringLiteral("is not an http(s) URL");
    QTest::newRow("no owner") << QStringLiteral("github") << QString() << QString()
                              << QStringLiteral("t") << QStringLiteral("owner and name");
    QTest::newRow("no token") << QStringLiteral("github") << QString() << QStringLiteral("acme")
                              << QString() << QStringLiteral("TIDEMARK_GIT_TOKEN");
}

void TestGitHubClient::factory()
{
    QFETCH(QString, provider);
    QFETCH(QString, apiUrl);
    QFETCH(QString, owner);
    QFETCH(QString, token);
    QFETCH(QString, error);
    net::QtHttpClient http;
    auto made
        = git::makeCodeHost(provider, apiUrl, owner, QStringLiteral("analytics"), token, http);
    if (error.isEmpty()) {
        QVERIFY2(made, qPrintable(made ? QString() : made.errorMessage()));
        QCOMPARE((*made)->providerName(),
                 provider == QLatin1String("github") ? QStringLiteral("GitHub")
                                                     : QStringLiteral("GitLab"));
    } else {
        QVERIFY(!made);
        QVERIFY2(made.errorMessage().contains(error), qPrintable(made.errorMessage()));
    }
}

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_github_client.moc"
