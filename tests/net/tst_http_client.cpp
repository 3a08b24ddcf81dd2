// net::QtHttpClient against a local server: retries on 429/5xx with backoff that honours
// Retry-After, a bound on attempts, timeouts, refused connections, bodies cut short, cancelling.

#include "net/http_client.h"
#include "support/fake_dbt_cloud.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <thread>

using namespace tidemark;
using test::FakeDbtCloud;

namespace {

net::HttpRequest accountsRequest(const FakeDbtCloud &fake, int timeoutMs = 5000)
{
    net::HttpRequest request;
    request.url = QUrl(fake.accessUrl() + QStringLiteral("/api/v2/accounts/"));
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Token ") + fake.token()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.timeoutMs = timeoutMs;
    return request;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesTransientStatusesThenSucceeds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failures");
        QTest::newRow("503 twice") << 503 << 2;
        QTest::newRow("500 once") << 500 << 1;
        QTest::newRow("502 three times") << 502 << 3;
        QTest::newRow("504 twice") << 504 << 2;
        QTest::newRow("429 without Retry-After") << 429 << 2;
        QTest::newRow("408 once") << 408 << 1;
    }

    void retriesTransientStatusesThenSucceeds()
    {
        QFETCH(int, status);
        QFETCH(int, failures);
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(status), failures);
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });

        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY2(response, qPrintable(response ? QString() : response.errorMessage()));
        QCOMPARE(response->status, 200);
        QVERIFY(response->body.contains("Jaffle Shop"));
        QCOMPARE(int(fake.requests().size()), failures + 1);
        // Exponential backoff from the policy's first wait.
        std::vector<int> expected;
        for (int i = 0, wait = 500; i < failures; ++i, wait *= 2)
            expected.push_back(wait);
        QCOMPARE(waits, expected);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("expectedWaitMs");
        QTest::newRow("429, 7 s") << 429 << 7 << 7000;
        QTest::newRow("503, 2 s") << 503 << 2 << 2000;
        QTest::newRow("429, 0 s") << 429 << 0 << 0;
    }

    void honoursRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, expectedWaitMs);
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(status, retryAfter), 1);
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });

        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(waits, std::vector<int> {expectedWaitMs});
        QCOMPARE(int(fake.requests().size()), 2);
    }

    void retryAfterLongerThanTheBoundIsNotWaitedFor()
    {
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(429, 300),
                      1); // dbt Cloud's 5-minute cooldown
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });

        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(response);
        QCOMPARE(response->status, 429);
        QCOMPARE(response->header("retry-after"), QByteArray("300"));
        QVERIFY(waits.empty());
        QCOMPARE(int(fake.requests().size()), 1);
    }

    void attemptsAreBounded_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("status");
        QTest::newRow("500, 4 attempts") << 4 << 500;
        QTest::newRow("429, 3 attempts") << 3 << 429;
        QTest::newRow("503, 1 attempt") << 1 << 503;
    }

    void attemptsAreBounded()
    {
        QFETCH(int, maxAttempts);
        QFETCH(int, status);
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(status), 1000);
        net::QtHttpClient http(net::RetryPolicy {maxAttempts, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });

        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(response); // the last answer is handed back for the caller to explain
        QCOMPARE(response->status, status);
        QCOMPARE(int(fake.requests().size()), maxAttempts);
        QCOMPARE(int(waits.size()), maxAttempts - 1);
    }

    void backoffIsCapped()
    {
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(500), 1000);
        net::QtHttpClient http(net::RetryPolicy {6, 500, 1500});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(response);
        QCOMPARE(waits, (std::vector<int> {500, 1000, 1500, 1500, 1500}));
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(status), 1000);
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(int(fake.requests().size()), 1);
        QVERIFY(waits.empty());
    }

    void sendsMethodHeadersAndBody()
    {
        FakeDbtCloud fake;
        net::QtHttpClient http;
        net::HttpRequest request = accountsRequest(fake);
        request.method = "POST";
        request.url = QUrl(fake.accessUrl() + QStringLiteral("/api/v2/accounts/1/runs/5/cancel/"));
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QByteArrayLiteral("{\"x\":1}");
        const Expected<net::HttpResponse> response = http.send(request);
        QVERIFY(response);
        QCOMPARE(response->status, 404); // no run 5
        const std::vector<FakeDbtCloud::Request> seen = fake.requests();
        QCOMPARE(int(seen.size()), 1);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].body, request.body);
        QCOMPARE(seen[0].header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen[0].header("accept"), QByteArray("application/json"));
        QCOMPARE(response->header("CONTENT-TYPE"), QByteArray("application/json"));
    }

    void timesOut()
    {
        FakeDbtCloud fake;
        // The server would answer after 30 s; the client gives up after 0.25 s (the bound leaves
        // room for a loaded machine and still tells the two apart).
        fake.failNext(QString(), FakeDbtCloud::Failure::slow(30000), 1);
        net::QtHttpClient http(net::RetryPolicy {1, 500, 30000});
        QElapsedTimer timer;
        timer.start();
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake, 250));
        QVERIFY(!response);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(response.errorMessage().contains(QLatin1String("did not answer within 0.25 s")),
                 qPrintable(response.errorMessage()));
        QVERIFY(response.errorMessage().contains(QStringLiteral("127.0.0.1:%1").arg(fake.port())));
    }

    void timeoutsAreRetried()
    {
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::slow(500), 2);
        net::QtHttpClient http(net::RetryPolicy {2, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake, 150));
        QVERIFY(!response);
        QCOMPARE(waits, std::vector<int> {500});
        // The second attempt reaches the server once it is done sleeping over the first.
        QTRY_COMPARE_WITH_TIMEOUT(int(fake.requests().size()), 2, 5000);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        net::QtHttpClient http(net::RetryPolicy {2, 500, 30000});
        std::vector<int> waits;
        http.setSleepHook([&](int ms) { waits.push_back(ms); });
        net::HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/accounts/").arg(port));
        request.timeoutMs = 2000;
        const Expected<net::HttpResponse> response = http.send(request);
        QVERIFY(!response);
        QVERIFY2(response.errorMessage().contains(QLatin1String("connection refused")),
                 qPrintable(response.errorMessage()));
        QVERIFY(response.errorMessage().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        QCOMPARE(waits, std::vector<int> {500}); // network failures are retried too
    }

    void truncatedBodyIsAnError()
    {
        FakeDbtCloud fake;
        fake.failNext(QString(), FakeDbtCloud::Failure::truncated(), 1000);
        net::QtHttpClient http(net::RetryPolicy {2, 500, 30000});
        http.setSleepHook([](int) {});
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(!response);
        QVERIFY2(response.errorMessage().contains(QLatin1String("cut short")),
                 qPrintable(response.errorMessage()));
    }

    // Cancel takes effect within a second, whatever the client waits on: an answer in flight, or
    // the back-off before a retry (here a Retry-After of 20 s).
    void cancelStopsTheWait_data()
    {
        QTest::addColumn<bool>("backOff");
        QTest::newRow("request in flight") << false;
        QTest::newRow("retry back-off") << true;
    }

    void cancelStopsTheWait()
    {
        QFETCH(bool, backOff);
        FakeDbtCloud fake;
        if (backOff)
            fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(503, 20), 5);
        else
            fake.failNext(QString(), FakeDbtCloud::Failure::slow(30000), 1);
        Cancellation token;
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000}, &token);
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            // Cancel once the request reached the server (and, for the back-off, was answered).
            QDeadlineTimer deadline(20000);
            while (fake.requests().empty() && !deadline.hasExpired())
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sinceCancel.start();
            token.cancel();
        });
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake, 60000));
        const qint64 tookMs = sinceCancel.elapsed();
        canceller.join();
        QVERIFY(!response);
        QVERIFY2(response.errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(response.errorMessage()));
        QVERIFY2(tookMs < 1000,
                 qPrintable(QStringLiteral("returned %1 ms after cancel").arg(tookMs)));
        QCOMPARE(fake.requests().size(), size_t(1)); // no retry after the cancel
    }

    void cancelledTokenSendsNothing()
    {
        FakeDbtCloud fake;
        Cancellation token;
        token.cancel();
        net::QtHttpClient http(net::RetryPolicy {5, 500, 30000}, &token);
        const Expected<net::HttpResponse> response = http.send(accountsRequest(fake));
        QVERIFY(!response);
        QVERIFY(fake.requests().empty());
    }

    void hostOfNamesThePort()
    {
        QCOMPARE(net::hostOf(QUrl(QStringLiteral("https://cloud.getdbt.com/api/v2/"))),
                 QStringLiteral("cloud.getdbt.com"));
        QCOMPARE(net::hostOf(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))),
                 QStringLiteral("127.0.0.1:8080"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
