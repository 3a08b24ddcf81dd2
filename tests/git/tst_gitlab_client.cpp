// The GitLab client against a local fake GitLab (API v4): merge requests over X-Next-Page pages,
// the encoded project path, changed files from /diffs (or /changes on older servers) and the diff
// limit, the merge base, one note found again by its marker, commit statuses (with GitLab's state
// names and its refusal to post the same pending state twice), and the failures. No message may
// contain the token.

#include "git/code_host.h"
#include "git/gitlab_client.h"
#include "net/http_client.h"
#include "support/fake_code_host.h"

#include <QTest>

using namespace tidemark;
using git::CodeHost;
using test::FakeCodeHost;
using test::FakeGitLab;
using Failure = test::FakeCodeHost::Failure;

namespace {

const QString kMarker = QStringLiteral("<!-- tidemark:pull-request-summary -->");

struct Client
{
    net::QtHttpClient http;
    std::vector<int> httpWaits;
    std::vector<int> rateWaits;
    std::unique_ptr<CodeHost> host;

    Client(const FakeCodeHost &fake, int maxAttempts = 3, QByteArray token = {},
           QString apiUrl = {})
        : http(net::RetryPolicy {maxAttempts, 10, 30000})
    {
        http.setSleepHook([this](int ms) { httpWaits.push_back(ms); });
        git::CodeHostOptions options;
        options.timeoutMs = 5000;
        options.sleep = [this](int ms) { rateWaits.push_back(ms); };
        auto made = git::makeCodeHost(
            QStringLiteral("gitlab"), apiUrl.isEmpty() ? fake.apiUrl() : apiUrl, fake.owner(),
            fake.name(), QString::fromLatin1(token.isEmpty() ? fake.token() : token), http,
            options);
        if (made)
            host = std::move(*made);
    }
};

bool mentionsToken(const QString &message, const FakeCodeHost &fake)
{
    return message.contains(QString::fromLatin1(fake.token()))
        || message.contains(QLatin1String("fakeToken"));
}

std::vector<FakeCodeHost::File> files(int count)
{
    std::vector<FakeCodeHost::File> out;
    for (int i = 0; i < count; ++i)
        out.push_back({QStringLiteral("models/m_%1.sql").arg(i, 3, 10, QLatin1Char('0')),
                       {},
                       QStringLiteral("modified")});
    return out;
}

} // namespace

class TestGitLabClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openMergeRequestsFollowsXNextPage();
    void mergeRequestFields();
    void subgroupProjectPathIsEncoded();
    void sendsThePrivateTokenHeader();
    void apiUrlWithoutPathGetsApiV4();
    void changedFilesFromPagedDiffs();
    void changedFilesFallBackToChanges();
    void changedFilesBeyondTheDiffLimit_data();
    void changedFilesBeyondTheDiffLimit();
    void changedFilesOfAMissingMergeRequest();
    void mergeBase();
    void mergeBaseUnknownRef();
    void findNoteSkipsSystemNotes();
    void upsertCreatesThenUpdatesTheSameNote();
    void commitStatus_data();
    void commitStatus();
    void samePendingStatusTwice();
    void failures_data();
    void failures();
    void wrongToken();
    void rateLimitHonoursRetryAfter();
    void rateLimitTooFarAway();
};

void TestGitLabClient::openMergeRequestsFollowsXNextPage()
{
    FakeGitLab fake;
    fake.addPulls(130);
    FakeCodeHost::Pull merged;
    merged.number = 500;
    merged.headSha = QStringLiteral("abc");
    merged.state = QStringLiteral("merged");
    fake.addPull(merged);
    Client client(fake);
    QVERIFY(client.host);

    const auto mrs = client.host->openPullRequests();
    QVERIFY2(mrs, qPrintable(mrs ? QString() : mrs.errorMessage()));
    QCOMPARE(mrs->size(), size_t(130));
    for (const git::PullRequest &mr : *mrs)
        QCOMPARE(mr.state, QStringLiteral("open"));
    const auto requests = fake.requests(QStringLiteral("/merge_requests"));
    QCOMPARE(requests.size(), size_t(2));
    QCOMPARE(requests[0].path, QStringLiteral("/api/v4/projects/acme%2Fanalytics/merge_requests"));
    QCOMPARE(requests[0].queryValue(QStringLiteral("state")), QStringLiteral("opened"));
    QCOMPARE(requests[0].queryValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(requests[1].queryValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(requests[1].queryValue(QStringLiteral("state")), QStringLiteral("opened"));
}

void TestGitLabClient::mergeRequestFields()
{
    FakeGitLab fake;
    FakeCodeHost::Pull pull;
    pull.number = 17;
    pull.title = QStringLiteral("Rework orders");
    pull.headSha = QStringLiteral("8f14e45fceea167a5a36dedd4bea2543e1c4c2c1");
    pull.headBranch = QStringLiteral("feature/orders");
    pull.baseBranch = QStringLiteral("develop");
    pull.labels = {QStringLiteral("tidemark:diff-all-downstream"), QStringLiteral("data")};
    pull.author = QStringLiteral("bob");
    pull.draft = true;
    fake.addPull(pull);
    Client client(fake);

    const auto mr = client.host->pullRequest(17);
    QVERIFY2(mr, qPrintable(mr ? QString() : mr.errorMessage()));
    QCOMPARE(mr->number, 17);
    QCOMPARE(mr->title,
             QStringLiteral("Draft: Rework orders")); // GitLab keeps the prefix in the title
    QCOMPARE(mr->headSha, pull.headSha);
    QCOMPARE(mr->headBranch, pull.headBranch);
    QCOMPARE(mr->baseBranch, pull.baseBranch);
    QCOMPARE(mr->labels, pull.labels);
    QCOMPARE(mr->author, QStringLiteral("bob"));
    QCOMPARE(mr->url,
             QStringLiteral("https://gitlab.example.com/acme/analytics/-/merge_requests/17"));
    QVERIFY(mr->draft);
    QCOMPARE(mr->state, QStringLiteral("open"));
    QCOMPARE(client.host->providerName(), QStringLiteral("GitLab"));
}

void TestGitLabClient::subgroupProjectPathIsEncoded()
{
    FakeGitLab fake(QStringLiteral("data/platform team"), QStringLiteral("dbt.analytics"));
    fake.addPulls(1);
    Client client(fake);
    const auto mr = client.host->pullRequest(1);
    QVERIFY2(mr, qPrintable(mr ? QString() : mr.errorMessage()));
    QCOMPARE(
        fake.requests()[0].path,
        QStringLiteral("/api/v4/projects/data%2Fplatform%20team%2Fdbt.analytics/merge_requests/1"));
}

void TestGitLabClient::sendsThePrivateTokenHeader()
{
    FakeGitLab fake;
    fake.addPulls(1);
    Client client(fake);
    QVERIFY(client.host->pullRequest(1));
    const FakeCodeHost::Request r = fake.requests()[0];
    QCOMPARE(r.header("PRIVATE-TOKEN"), fake.token());
    QVERIFY(r.header("Authorization").isEmpty());
    QVERIFY(r.header("User-Agent").startsWith("Tidemark/"));
    QVERIFY(!r.query.contains(QLatin1String("fakeToken")));
}

void TestGitLabClient::apiUrlWithoutPathGetsApiV4()
{
    FakeGitLab fake;
    fake.addPulls(2);
    Client client(fake, 3, {}, fake.origin() + QStringLiteral("/"));
    const auto mrs = client.host->openPullRequests();
    QVERIFY2(mrs, qPrintable(mrs ? QString() : mrs.errorMessage()));
    QCOMPARE(mrs->size(), size_t(2));
}

void TestGitLabClient::changedFilesFromPagedDiffs()
{
    FakeGitLab fake;
    fake.addPulls(1, 9);
    auto list = files(229);
    list.push_back({QStringLiteral("models/new_name.sql"), QStringLiteral("models/old_name.sql"),
                    QStringLiteral("renamed")});
    fake.setFiles(9, list);
    Client client(fake);

    const auto changed = client.host->changedFiles(9);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.errorMessage()));
    QCOMPARE(changed->paths.size(), 231);
    QVERIFY(changed->paths.contains(QStringLiteral("models/new_name.sql")));
    QVERIFY(changed->paths.contains(QStringLiteral("models/old_name.sql")));
    QVERIFY(!changed->truncated);
    QCOMPARE(fake.requests(QStringLiteral("/merge_requests/9/diffs")).size(), size_t(3));
    QVERIFY(fake.requests(QStringLiteral("/changes")).empty());
}

void TestGitLabClient::changedFilesFallBackToChanges()
{
    FakeGitLab fake;
    fake.setDiffsEndpoint(false); // GitLab before 15.7
    fake.addPulls(1, 9);
    auto list = files(3);
    list.push_back({QStringLiteral("b.sql"), QStringLiteral("a.sql"), QStringLiteral("renamed")});
    fake.setFiles(9, list);
    Client client(fake);
    const auto changed = client.host->changedFiles(9);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.errorMessage()));
    QCOMPARE(changed->paths,
             (QStringList {QStringLiteral("models/m_000.sql"), QStringLiteral("models/m_001.sql"),
                           QStringLiteral("models/m_002.sql"), QStringLiteral("b.sql"),
                           QStringLiteral("a.sql")}));
    QVERIFY(!changed->truncated);
    QCOMPARE(fake.requests(QStringLiteral("/merge_requests/9/changes")).size(), size_t(1));
}

void TestGitLabClient::changedFilesBeyondTheDiffLimit_data()
{
    QTest::addColumn<bool>("diffsEndpoint");
    QTest::newRow("diffs") << true;
    QTest::newRow("changes") << false;
}

void TestGitLabClient::changedFilesBeyondTheDiffLimit()
{
    QFETCH(bool, diffsEndpoint);
    FakeGitLab fake;
    fake.setDiffsEndpoint(diffsEndpoint);
    fake.setDiffLimit(100);
    fake.addPulls(1, 4);
    fake.setFiles(4, files(150));
    Client client(fake);
    const auto changed = client.host->changedFiles(4);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.errorMessage()));
    QCOMPARE(changed->paths.size(), 100);
    QVERIFY(changed->truncated);
}

void TestGitLabClient::changedFilesOfAMissingMergeRequest()
{
    FakeGitLab fake;
    Client client(fake);
    const auto changed = client.host->changedFiles(404);
    QVERIFY(!changed);
    QVERIFY2(changed.errorMessage().contains(QLatin1String("404")),
             qPrintable(changed.errorMessage()));
    QVERIFY(changed.errorMessage().contains(QLatin1String("merge request !404")));
}

void TestGitLabClient::mergeBase()
{
    FakeGitLab fake;
    const QString sha = QStringLiteral("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    fake.setMergeBase(QStringLiteral("main"), QStringLiteral("feature/a+b"), sha);
    Client client(fake);
    const auto base = client.host->mergeBase(QStringLiteral("main"), QStringLiteral("feature/a+b"));
    QVERIFY2(base, qPrintable(base ? QString() : base.errorMessage()));
    QCOMPARE(*base, sha);
    const auto requests = fake.requests(QStringLiteral("/repository/merge_base"));
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests[0].queryValues(QStringLiteral("refs[]")),
             (QStringList {QStringLiteral("main"), QStringLiteral("feature/a+b")}));
    QVERIFY(requests[0].query.contains(
        QLatin1String("feature%2Fa%2Bb"))); // '+' must not become a space
}

void TestGitLabClient::mergeBaseUnknownRef()
{
    FakeGitLab fake;
    Client client(fake);
    const auto base = client.host->mergeBase(QStringLiteral("main"), QStringLiteral("gone"));
    QVERIFY(!base);
    QVERIFY2(base.errorMessage().contains(QLatin1String("Could not find ref: gone")),
             qPrintable(base.errorMessage()));
    QVERIFY(!mentionsToken(base.errorMessage(), fake));
}

void TestGitLabClient::findNoteSkipsSystemNotes()
{
    FakeGitLab fake;
    fake.addPulls(1, 5);
    fake.addComment(5, QStringLiteral("changed the description ") + kMarker, QStringLiteral("bob"),
                    true);
    for (int i = 0; i < 120; ++i)
        fake.addComment(5, QStringLiteral("note %1").arg(i));
    const qint64 id = fake.addComment(5, kMarker + QStringLiteral("\nold summary"),
                                      QStringLiteral("tidemark-bot"));
    Client client(fake);
    const auto found = client.host->findComment(5, kMarker);
    QVERIFY2(found, qPrintable(found ? QString() : found.errorMessage()));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, id);
    const auto requests = fake.requests(QStringLiteral("/merge_requests/5/notes"));
    QCOMPARE(requests.size(), size_t(2));
    QCOMPARE(requests[0].queryValue(QStringLiteral("sort")), QStringLiteral("asc"));
}

void TestGitLabClient::upsertCreatesThenUpdatesTheSameNote()
{
    FakeGitLab fake;
    fake.addPulls(1, 5);
    fake.addComment(5, QStringLiteral("Looks good"));
    Client client(fake);

    const auto first
        = client.host->upsertComment(5, kMarker, kMarker + QStringLiteral("\n3 models differ"));
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    QCOMPARE(fake.comments(5).size(), size_t(2));
    const auto second
        = client.host->upsertComment(5, kMarker, kMarker + QStringLiteral("\nall match"));
    QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
    QCOMPARE(*second, *first);
    QCOMPARE(fake.comments(5).size(), size_t(2));
    QCOMPARE(fake.comments(5).back().body, kMarker + QStringLiteral("\nall match"));
    const auto puts = fake.requests(QStringLiteral("/notes/%1").arg(*first));
    QCOMPARE(puts.size(), size_t(1));
    QCOMPARE(puts[0].method, QByteArrayLiteral("PUT"));
    QCOMPARE(
        puts[0].path,
        QStringLiteral("/api/v4/projects/acme%2Fanalytics/merge_requests/5/notes/%1").arg(*first));
}

void TestGitLabClient::commitStatus_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("sent");
    QTest::newRow("pending") << int(git::CommitState::Pending) << QStringLiteral("pending");
    QTest::newRow("success") << int(git::CommitState::Success) << QStringLiteral("success");
    QTest::newRow("failure") << int(git::CommitState::Failure) << QStringLiteral("failed");
    QTest::newRow("error") << int(git::CommitState::Error) << QStringLiteral("failed");
}

void TestGitLabClient::commitStatus()
{
    QFETCH(int, state);
    QFETCH(QString, sent);
    FakeGitLab fake;
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
    QCOMPARE(fake.requests()[0].path,
             QStringLiteral("/api/v4/projects/acme%2Fanalytics/statuses/") + sha);
}

void TestGitLabClient::samePendingStatusTwice()
{
    FakeGitLab fake;
    Client client(fake);
    git::CommitStatus status; // pending
    QVERIFY(client.host->setCommitStatus(QStringLiteral("abc"), status));
    const auto again = client.host->setCommitStatus(QStringLiteral("abc"), status);
    QVERIFY2(again, qPrintable(again ? QString() : again.errorMessage()));
    QCOMPARE(fake.statuses(QStringLiteral("abc")).size(), size_t(1));
    status.state = git::CommitState::Success;
    QVERIFY(client.host->setCommitStatus(QStringLiteral("abc"), status));
    QCOMPARE(fake.statuses(QStringLiteral("abc")).back().state, QStringLiteral("success"));
}

void TestGitLabClient::failures_data()
{
    QTest::addColumn<int>("failureIndex");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("401") << 0 << QStringLiteral("mr")
                         << QStringList {QStringLiteral("rejected the access token"),
                                         QStringLiteral("401 Unauthorized")};
    QTest::newRow("403 reading") << 1 << QStringLiteral("mr")
                                 << QStringList {QStringLiteral("denied permission"),
                                                 QStringLiteral("read_api"),
                                                 QStringLiteral("Reporter")};
    QTest::newRow("403 status") << 1 << QStringLiteral("status")
                                << QStringList {QStringLiteral("denied permission"),
                                                QStringLiteral("Developer")};
    QTest::newRow("403 note") << 1 << QStringLiteral("note")
                              << QStringList {QStringLiteral("denied permission"),
                                              QStringLiteral("api scope")};
    QTest::newRow("404") << 2 << QStringLiteral("mr")
                         << QStringList {QStringLiteral("404"), QStringLiteral("permission"),
                                         QStringLiteral("merge request !1")};
    QTest::newRow("500 every time") << 3 << QStringLiteral("mr")
                                    << QStringList {QStringLiteral("kept failing with HTTP 500"),
                                                    QStringLiteral("try again later")};
    QTest::newRow("html instead of JSON")
        << 4 << QStringLiteral("mr")
        << QStringList {QStringLiteral("not the expected JSON"), QStringLiteral("/api/v4")};
    QTest::newRow("object without fields")
        << 5 << QStringLiteral("mr")
        << QStringList {QStringLiteral("not the expected JSON"), QStringLiteral("iid")};
    QTest::newRow("object instead of list")
        << 5 << QStringLiteral("list") << QStringList {QStringLiteral("a list was expected")};
    QTest::newRow("html on the notes") << 4 << QStringLiteral("find")
                                       << QStringList {QStringLiteral("not the expected JSON"),
                                                       QStringLiteral("notes of merge request !1")};
}

void TestGitLabClient::failures()
{
    QFETCH(int, failureIndex);
    QFETCH(QString, operation);
    QFETCH(QStringList, mentions);
    const Failure kinds[]
        = {Failure::httpStatus(401), Failure::httpStatus(403), Failure::httpStatus(404),
           Failure::httpStatus(500), Failure::notJson(),       Failure::wrongShape()};
    FakeGitLab fake;
    fake.addPulls(1);
    fake.failNext(QString(), kinds[failureIndex], 10);
    Client client(fake);

    QString message;
    if (operation == QLatin1String("mr")) {
        const auto r = client.host->pullRequest(1);
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("list")) {
        const auto r = client.host->openPullRequests();
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("note")) {
        const auto r = client.host->createComment(1, QStringLiteral("hi"));
        QVERIFY(!r);
        message = r.errorMessage();
    } else if (operation == QLatin1String("find")) {
        const auto r = client.host->findComment(1, kMarker);
        QVERIFY(!r);
        message = r.errorMessage();
    } else {
        const auto r = client.host->setCommitStatus(QStringLiteral("abc"), git::CommitStatus {});
        QVERIFY(!r);
        message = r.errorMessage();
    }
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(message.contains(m),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(message, m)));
    QVERIFY2(message.contains(QLatin1String("GitLab")), qPrintable(message));
    QVERIFY2(!mentionsToken(message, fake), qPrintable(message));
    QCOMPARE(fake.requests().size(), failureIndex == 3 ? size_t(3) : size_t(1));
}

void TestGitLabClient::wrongToken()
{
    FakeGitLab fake;
    fake.addPulls(1);
    Client client(fake, 3, QByteArrayLiteral("glpat-wrong_SECRET"));
    const auto r = client.host->openPullRequests();
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("rejected the access token")),
             qPrintable(r.errorMessage()));
    QVERIFY(!r.errorMessage().contains(QLatin1String("SECRET")));
}

void TestGitLabClient::rateLimitHonoursRetryAfter()
{
    FakeGitLab fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/merge_requests/1"), Failure::rateLimit(2));
    Client client(fake);
    const auto mr = client.host->pullRequest(1);
    QVERIFY2(mr, qPrintable(mr ? QString() : mr.errorMessage()));
    QVERIFY(client.httpWaits == std::vector<int> {2000});
}

void TestGitLabClient::rateLimitTooFarAway()
{
    FakeGitLab fake;
    fake.addPulls(1);
    fake.failNext(QStringLiteral("/merge_requests/1"), Failure::rateLimit(3600), 10);
    Client client(fake);
    const auto mr = client.host->pullRequest(1);
    QVERIFY(!mr);
    QVERIFY2(
        mr.errorMessage().contains(QLatin1String("rate limit for this token is used up until")),
        qPrintable(mr.errorMessage()));
    QVERIFY(client.rateWaits.empty());
}

QTEST_GUILESS_MAIN(TestGitLabClient)
#include "tst_gitlab_client.moc"
