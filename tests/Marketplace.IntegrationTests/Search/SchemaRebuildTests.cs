using System.Diagnostics;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Search.IndexingProbe;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// An index another version wrote (documents without the fields this version searches) is rebuilt by the indexer when the
/// host starts, even though its outbox position is current and the outbox alone would have nothing to replay.
/// </summary>
public sealed class SchemaRebuildTests
{
    [Fact]
    public async Task An_index_written_before_schema_versions_is_rebuilt_when_the_host_starts()
    {
        var folder = TempFolder.NewPath("mk-it-search-schema");
        var settings = new Dictionary<string, string?> { ["Marketplace:DataPath"] = folder };
        try
        {
            int documents;
            long position;
            await using (var host = await MarketplaceHost.StartAsync(settings))
            {
                await CaughtUpAsync(host);
                var index = host.Services.GetRequiredService<ISearchIndex>();
                Assert.False(index.NeedsRebuild);
                documents = index.DocumentCount;
                position = index.CommittedPosition;
                Assert.NotEmpty(index.Search(new SearchRequest { Text = "\"kota semarang\"", Type = SearchType.Region }).Hits);
            }

            // What an older version left: its own documents (here one, without the word-pair fields) and a commit that
            // records the outbox position but no schema.
            using (var directory = FSDirectory.Open(Path.Combine(folder, SearchRegistration.FolderName)))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            {
                writer.DeleteAll();
                writer.AddDocument([new StringField("key", "region:99.99", Field.Store.YES), new TextField("title", "kota semarang", Field.Store.YES)]);
                writer.SetCommitData(new Dictionary<string, string> { ["outbox"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                writer.Commit();
            }

            await using (var host = await MarketplaceHost.StartAsync(settings))
            {
                var index = host.Services.GetRequiredService<ISearchIndex>();
                var clock = Stopwatch.StartNew();
                while (index.NeedsRebuild || index.DocumentCount != documents)
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"not rebuilt: {index.DocumentCount} documents, rebuild needed {index.NeedsRebuild}");
                    await Task.Delay(25);
                }

                Assert.Equal(position, index.CommittedPosition);
                var hit = Assert.Single(index.Search(new SearchRequest { Text = "\"kota semarang\"", Type = SearchType.Region }).Hits);
                Assert.Equal("33.74", hit.Id);
                using var client = host.CreateClient();
                var (status, data) = await SearchHealthAsync(client);
                Assert.Equal("Healthy", status);
                Assert.False(data.TryGetProperty("rebuildNeeded", out _), data.ToString());
                host.AssertNoUnexpectedProblems();
            }
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
