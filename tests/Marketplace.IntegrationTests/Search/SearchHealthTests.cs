using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Search.Indexing;

namespace Marketplace.IntegrationTests.Search;

public sealed class SearchHealthTests
{
    [Fact]
    public async Task Health_answers_503_while_another_process_holds_the_index_and_the_site_keeps_serving()
    {
        var folder = TempFolder.NewPath("mk-it-search-held");
        Directory.CreateDirectory(folder);
        try
        {
            // What a running reindex (or a second server on the same folder) holds.
            await using (new FileStream(Path.Combine(folder, SearchFolderLock.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            {
                await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?> { ["Marketplace:DataPath"] = folder });
                using var client = host.CreateClient();

                var health = await HealthReport.GetAsync(client);

                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Code);
                Assert.Equal("Unhealthy", health.Checks["search"]);
                Assert.Equal("Healthy", health.Checks["database"]);
                await Html.GetPageAsync(client, "/katalog");
            }
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
