#pragma once

// An integration that reads its manifests from a FakeDbtCloud (artifacts job 10, PR job 20), and a
// PR job run that stays "Running" for as long as a test looks: what the cancel tests wait on.

#include "ci/integration.h"
#include "support/fake_dbt_cloud.h"

namespace tidemark::test {

inline ci::Integration dbtCloudIntegration(const FakeDbtCloud &cloud)
{
    ci::Integration integration;
    integration.name = QStringLiteral("jaffle");
    integration.repository.provider = QStringLiteral("github");
    integration.repository.owner = QStringLiteral("acme");
    integration.repository.name = QStringLiteral("analytics");
    integration.connectionUrl = QStringLiteral("sqlite:///nowhere.db");
    integration.dbtCloud.accessUrl = cloud.accessUrl();
    integration.dbtCloud.accountId = 1;
    integration.dbtCloud.artifactsJobId = 10;
    integration.dbtCloud.prJobId = 20;
    return integration;
}

inline void addRunningPrRun(FakeDbtCloud &cloud, int prNumber, const QString &headSha)
{
    cloud.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), true});
    FakeDbtCloud::RunSpec running;
    running.jobId = 20;
    running.gitSha = headSha;
    running.githubPullRequestId = prNumber;
    running.runningPolls = 100000;
    cloud.addRun(running);
}

} // namespace tidemark::test
