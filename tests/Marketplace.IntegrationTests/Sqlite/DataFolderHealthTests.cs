using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Sqlite;

public sealed class DataFolderHealthTests
{
    private const string HealthCheckCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    [Fact]
    public async Task Health_answers_503_when_the_data_folder_becomes_unusable()
    {
        // The database lives outside the data folder here, so that only the folder check can fail.
        var root = TempFolder.NewPath("mk-it-folder");
        var dataPath = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(root, "db"));
        try
        {
            await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
            {
                ["Marketplace:DataPath"] = dataPath,
                ["Marketplace:Database:ConnectionString"] = $"Data Source={Path.Combine(root, "db", "marketplace.db")}",
            });
            using var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await HealthReport.GetAsync(client)).Code);

            // The indexer first writes the regions into the index in this folder: removing the folder under it would
            // fail its commit too, a second problem this test is not about.
            await Search.IndexingProbe.CaughtUpAsync(host);

            // Root ignores permissions, so the folder is replaced by a regular file instead.
            Directory.Delete(dataPath, recursive: true);
            await File.WriteAllTextAsync(dataPath, "not a folder");
            var health = await HealthReport.GetAsync(client);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Code);
            Assert.Equal("Unhealthy", health.Status);
            Assert.Equal("Unhealthy", health.Checks["data-folder"]);
            Assert.Equal("Healthy", health.Checks["database"]);
            var problem = Assert.Single(host.Problems);
            Assert.Equal(HealthCheckCategory, problem.Category);
            Assert.Contains("data-folder", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            TempFolder.Delete(root);
        }
    }
}
