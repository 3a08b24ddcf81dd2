#include "git/code_host.h"
#include "common/translation.h"

#include "git/github_client.h"
#include "git/gitlab_client.h"

#include <QCoreApplication>
#include <QUrl>

namespace tidemark::git {

namespace {

// The API root from the integration's api_url, without a trailing slash.
Expected<QUrl> apiRoot(const QString &apiUrl, const QString &fallback, const QString &provider)
{
    const QString text = apiUrl.trimmed().isEmpty() ? fallback : apiUrl.trimmed();
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error {Tr::tr("The %1 API URL \"%2\" is not an http(s) URL: enter one like %3")
                          .arg(provider, text, fallback)};
    }
    url.setFragment({});
    url.setQuery(QString());
    url.setUserInfo({});
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace

QString commitStateName(CommitState state)
{
    switch (state) {
    case CommitState::Pending: return QStringLiteral("pending");
    case CommitState::Success: return QStringLiteral("success");
    case CommitState::Failure: return QStringLiteral("failure");
    case CommitState::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

Expected<qint64> CodeHost::upsertComment(int number, const QString &marker, const QString &body)
{
    const QString text = body.contains(marker) ? body : marker + QLatin1Char('\n') + body;
    Expected<std::optional<Comment>> existing = findComment(number, marker);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const qint64 id = (*existing)->id;
        if ((*existing)->body != text) {
            Expected<void> updated = updateComment(number, id, text);
            if (!updated)
                return updated.error();
        }
        return id;
    }
    return createComment(number, text);
}

Expected<std::unique_ptr<CodeHost>> makeCodeHost(const QString &provider, const QString &apiUrl,
                                                 const QString &owner, const QString &name,
                                                 const QString &token, net::HttpClient &http,
                                                 CodeHostOptions options)
{
    const QString kind = provider.trimmed().toLower();
    if (kind != QLatin1String("github") && kind != QLatin1String("gitlab")) {
        return Error {
            Tr::tr(
                "Unknown code host \"%1\" in the integration's repository settings: use \"github\" "
                "or \"gitlab\"")
                .arg(provider)};
    }
    if (owner.trimmed().isEmpty() || name.trimmed().isEmpty()) {
        return Error {Tr::tr(
            "The repository's owner and name are not both set in the integration: enter them as "
            "they appear in the repository's URL")};
    }
    if (token.isEmpty()) {
        return Error {
            Tr::tr("No access token for the %1 repository %2/%3: store one in the keychain or set "
                   "TIDEMARK_GIT_TOKEN")
                .arg(kind == QLatin1String("github") ? QStringLiteral("GitHub")
                                                     : QStringLiteral("GitLab"),
                     owner, name)};
    }

    if (kind == QLatin1String("github")) {
        Expected<QUrl> root
            = apiRoot(apiUrl, QStringLiteral("https://api.github.com"), QStringLiteral("GitHub"));
        if (!root)
            return root.error();
        // The web address is a common slip for the API's.
        if (root->host().compare(QLatin1String("github.com"), Qt::CaseInsensitive) == 0
            || root->host().compare(QLatin1String("www.github.com"), Qt::CaseInsensitive) == 0)
            *root = QUrl(QStringLiteral("https://api.github.com"));
        return std::unique_ptr<CodeHost>(std::make_unique<GitHubClient>(
            *root, owner.trimmed(), name.trimmed(), token, http, std::move(options)));
    }

    Expected<QUrl> root
        = apiRoot(apiUrl, QStringLiteral("https://gitlab.com/api/v4"), QStringLiteral("GitLab"));
    if (!root)
        return root.error();
    // A GitLab instance's address alone: its API lives under /api/v4.
    if (root->path().isEmpty())
        root->setPath(QStringLiteral("/api/v4"));
    return std::unique_ptr<CodeHost>(std::make_unique<GitLabClient>(
        *root, owner.trimmed(), name.trimmed(), token, http, std::move(options)));
}

} // namespace tidemark::git
