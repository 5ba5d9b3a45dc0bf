using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Postgres;

public sealed class DatabaseOutageTests
{
    private const string EntityFrameworkCategory = "Microsoft.EntityFrameworkCore.Database.";
    private const string HealthCheckCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    [Fact]
    public async Task Health_answers_503_when_PostgreSQL_stops()
    {
        // A server of its own: stopping the shared one would break every other PostgreSQL test.
        var server = await PostgresServer.StartAsync();
        var stopped = false;
        try
        {
            await using var host = await MarketplaceHost.StartAsync(PostgresHostFixture.SettingsFor(server));
            using var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await HealthReport.GetAsync(client)).Code);
            var beforeOutage = host.Problems; // the first start on a new database has a test of its own

            await server.DisposeAsync();
            stopped = true;
            var health = await HealthReport.GetAsync(client);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Code);
            Assert.Equal("Unhealthy", health.Status);
            Assert.Equal("Unhealthy", health.Checks["database"]);
            Assert.Equal("Healthy", health.Checks["data-folder"]);
            Assert.Contains(host.Problems, p => p.Category == HealthCheckCategory);
            host.AssertNoUnexpectedProblems(p => beforeOutage.Contains(p) || p.Category.StartsWith(EntityFrameworkCategory, StringComparison.Ordinal)
                || (p.Category == HealthCheckCategory && p.Message.Contains("database", StringComparison.Ordinal))

                // The search indexer polls the outbox: its query fails mid-read (EF Core logs that), and it says so while it retries.
                || p.Category == "Microsoft.EntityFrameworkCore.Query"
                || p.Category == typeof(Marketplace.Web.Features.Search.Indexing.SearchIndexer).FullName);
        }
        finally
        {
            if (!stopped)
            {
                await server.DisposeAsync();
            }
        }
    }
}
