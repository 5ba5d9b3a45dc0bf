using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Search;

/// <summary>A host whose index folder cannot be opened: the catalog keeps working; search and the similar list say they are missing.</summary>
public sealed class SearchUnavailableTests
{
    [Fact]
    public async Task An_unusable_index_costs_search_its_answer_and_an_application_page_its_panel_not_the_page()
    {
        var folder = TempFolder.NewPath("mk-it-no-index");
        Directory.CreateDirectory(folder);

        // A file where the index folder should be: the index cannot be created.
        await File.WriteAllTextAsync(Path.Combine(folder, "search"), "bukan folder");
        try
        {
            await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?> { ["Marketplace:DataPath"] = folder });
            var (_, publisher) = await ApiCalls.PublisherAsync(host, "33.74");
            var app = await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp("Tanpa indeks " + ApiCalls.UniqueWord()));
            var slug = app.GetProperty("slug").GetString();
            using var client = host.CreateClient();

            var page = await Html.GetPageAsync(client, $"/katalog/{slug}");
            using var similar = await client.GetAsync($"/api/v1/apps/{slug}/similar");
            using var draft = await client.PostAsJsonAsync("/api/v1/apps/similar", new { name = "Parkir" });

            var search = await Html.GetPageAsync(client, "/cari?q=parkir", HttpStatusCode.ServiceUnavailable);
            using var api = await client.GetAsync("/api/v1/search?q=parkir");

            Assert.Contains("Daftar aplikasi serupa tidak tersedia saat ini.", page, StringComparison.Ordinal);
            Assert.Contains("Pencarian tidak tersedia saat ini.", search, StringComparison.Ordinal);
            await ApiCalls.ProblemAsync(api, HttpStatusCode.ServiceUnavailable);
            await ApiCalls.ProblemAsync(similar, HttpStatusCode.ServiceUnavailable);
            await ApiCalls.ProblemAsync(draft, HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
