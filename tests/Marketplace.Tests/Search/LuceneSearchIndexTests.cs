using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using Lucene.Net.Util;
using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    private LuceneSearchIndex Index => _temp.Index;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Upsert_with_the_same_key_replaces_the_document()
    {
        await _temp.AddAsync(App("1", "Aplikasi parkir"));
        await _temp.AddAsync(App("1", "Aplikasi retribusi pasar"));

        Assert.Equal(1, Index.DocumentCount);
        Assert.Equal(0, Index.Search(new SearchRequest { Text = "parkir" }).Total);
        Assert.Equal("Aplikasi retribusi pasar", Assert.Single(Index.Search(new SearchRequest { Text = "pasar" }).Hits).Title);
    }

    [Fact]
    public async Task Delete_removes_the_document_and_ignores_unknown_keys()
    {
        await _temp.AddAsync(App("1", "Aplikasi parkir"), App("2", "Parkir elektronik"));

        Index.Delete(["app:1", "app:999", ""]);
        await Index.CommitAsync(5);

        Assert.Equal(1, Index.DocumentCount);
        Assert.Equal("2", Assert.Single(Index.Search(new SearchRequest { Text = "parkir" }).Hits).Id);
    }

    [Fact]
    public async Task DeleteAll_empties_the_index()
    {
        await _temp.AddAsync(App("1", "Aplikasi parkir"), App("2", "Parkir elektronik"));

        Index.DeleteAll();
        await Index.CommitAsync(9);

        Assert.Equal(0, Index.DocumentCount);
    }

    [Fact]
    public async Task A_new_index_and_one_this_version_committed_need_no_rebuild()
    {
        Assert.False(Index.NeedsRebuild);
        await _temp.AddAsync(App("1", "Aplikasi parkir"));

        Assert.False(_temp.Reopen().NeedsRebuild);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("dua")]
    public async Task An_index_another_version_wrote_needs_a_rebuild_until_one_is_committed(string? schema)
    {
        await _temp.AddAsync(App("1", "Aplikasi parkir"));
        Index.Dispose();
        using (var directory = FSDirectory.Open(_temp.Folder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            var data = new Dictionary<string, string> { ["outbox"] = "7" };
            if (schema is not null)
            {
                data["schema"] = schema;
            }

            writer.SetCommitData(data);
            writer.Commit();
        }

        var index = _temp.Reopen();
        Assert.True(index.NeedsRebuild);
        Assert.Equal(7, index.CommittedPosition);

        // Writing more documents does not make the old ones current.
        index.Upsert([App("2", "Aplikasi pasar")]);
        await index.CommitAsync(8);
        Assert.True(_temp.Reopen().NeedsRebuild);

        // A rebuild does: everything deleted, written again and committed.
        _temp.Index.DeleteAll();
        _temp.Index.Upsert([App("1", "Aplikasi parkir"), App("2", "Aplikasi pasar")]);
        Assert.True(_temp.Index.NeedsRebuild);
        await _temp.Index.CommitAsync(9);
        Assert.False(_temp.Index.NeedsRebuild);
        var reopened = _temp.Reopen();
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal((9L, 2), (reopened.CommittedPosition, reopened.DocumentCount));
    }

    [Fact]
    public async Task Writes_become_visible_at_commit()
    {
        Index.Upsert([App("1", "Aplikasi parkir")]);
        Assert.Equal(0, Index.DocumentCount);

        await Index.CommitAsync(1);

        Assert.Equal(1, Index.DocumentCount);
    }

    [Fact]
    public async Task Committed_position_and_documents_survive_reopening_the_folder()
    {
        Assert.Equal(0, Index.CommittedPosition);
        Index.Upsert([App("1", "Aplikasi parkir")]);
        await Index.CommitAsync(42);
        Index.Upsert([App("2", "Tidak pernah di-commit")]);

        var reopened = _temp.Reopen();

        Assert.Equal(42, reopened.CommittedPosition);
        Assert.Equal(1, reopened.DocumentCount);
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_gets_a_clear_error()
    {
        var error = Assert.Throws<SearchIndexException>(() => _temp.Open());

        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        Assert.Contains(_temp.Folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_folder_gets_a_clear_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "search-corrupt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "segments_1"), "not a Lucene commit");
        File.WriteAllText(Path.Combine(folder, "segments.gen"), "garbage");
        try
        {
            var error = Assert.Throws<SearchIndexException>(() => new LuceneSearchIndex(folder, Microsoft.Extensions.Options.Options.Create(new SearchOptions())));
            Assert.Contains(folder, error.Message, StringComparison.Ordinal);
            Assert.Contains("reindex", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Searches_run_while_the_indexer_writes()
    {
        await _temp.AddAsync(App("0", "Aplikasi parkir"));
        var writer = Task.Run(async () =>
        {
            for (var i = 1; i < 50; i++)
            {
                Index.Upsert([App(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Parkir " + i)]);
                await Index.CommitAsync(i);
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var previous = 0;
            while (!writer.IsCompleted)
            {
                var total = Index.Search(new SearchRequest { Text = "parkir" }).Total;
                Assert.True(total >= previous);
                previous = total;
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(50, Index.Search(new SearchRequest { Text = "parkir" }).Total);
    }
}
