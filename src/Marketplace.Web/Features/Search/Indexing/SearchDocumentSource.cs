using System.Runtime.CompilerServices;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>What the index must do for a set of keys: documents to write, and keys whose row is gone or not searchable.</summary>
public sealed record IndexChanges(IReadOnlyList<SearchDocument> Upserts, IReadOnlyList<string> Deletes);

/// <summary>Builds the current documents of the database, for a set of outbox keys or for everything (a rebuild), in batches.</summary>
internal sealed class SearchDocumentSource(MarketplaceDbContext db, IMarkdownRenderer markdown, RegionDirectory regions)
{
    private readonly SearchRowQueries _rows = new(db);

    /// <summary>One query per type present among <paramref name="keys"/> (never one per row).</summary>
    public async Task<IndexChanges> LoadAsync(IReadOnlyCollection<OutboxKey> keys, CancellationToken cancellationToken)
    {
        var factory = await FactoryAsync(cancellationToken);
        var documents = new List<SearchDocument>(keys.Count);
        foreach (var group in keys.GroupBy(k => k.Type))
        {
            documents.AddRange(await LoadTypeAsync(factory, group.Key, group.Select(k => k.Id).Distinct().ToList(), cancellationToken));
        }

        var found = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var deletes = keys.Select(k => k.ToString()).Where(k => !found.Contains(k)).Distinct().ToList();
        return new IndexChanges(documents, deletes);
    }

    /// <summary>Every searchable row as documents, one keyset page of <paramref name="batchSize"/> rows at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> StreamAllAsync(int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var factory = await FactoryAsync(cancellationToken);
        yield return await RegionDocumentsAsync(factory, null, cancellationToken);
        foreach (var type in new[] { SearchType.App, SearchType.Release, SearchType.Practice, SearchType.Thread, SearchType.Post })
        {
            var after = 0;
            while (true)
            {
                var page = await PageAsync(factory, type, null, after, batchSize, cancellationToken);
                if (page.Documents.Count > 0)
                {
                    yield return page.Documents;
                }

                if (page.Rows < batchSize)
                {
                    break;
                }

                after = page.LastId;
            }
        }
    }

    private async Task<IReadOnlyList<SearchDocument>> LoadTypeAsync(SearchDocumentFactory factory, SearchType type, List<string> ids, CancellationToken cancellationToken)
    {
        if (type == SearchType.Region)
        {
            return await RegionDocumentsAsync(factory, ids, cancellationToken);
        }

        var numbers = ids.Select(id => new OutboxKey(type, id).IntId).ToList();
        return (await PageAsync(factory, type, numbers, 0, 0, cancellationToken)).Documents;
    }

    private async Task<(IReadOnlyList<SearchDocument> Documents, int Rows, int LastId)> PageAsync(
        SearchDocumentFactory factory, SearchType type, IReadOnlyCollection<int>? ids, int after, int take, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case SearchType.App:
                var apps = await _rows.AppsAsync(ids, after, take, cancellationToken);
                var categories = await _rows.CategoriesAsync(apps.Select(a => a.Id).ToList(), cancellationToken);
                return (apps.Select(a => factory.App(a, categories[a.Id].ToList())).ToList(), apps.Count, apps.LastOrDefault()?.Id ?? after);
            case SearchType.Release:
                var releases = await _rows.ReleasesAsync(ids, after, take, cancellationToken);
                return (releases.Select(factory.Release).ToList(), releases.Count, releases.LastOrDefault()?.Id ?? after);
            case SearchType.Thread:
                var threads = await _rows.ThreadsAsync(ids, after, take, cancellationToken);
                return (threads.Select(factory.Thread).ToList(), threads.Count, threads.LastOrDefault()?.Id ?? after);
            case SearchType.Post:
                var posts = await _rows.PostsAsync(ids, after, take, cancellationToken);
                return (posts.Select(factory.Post).ToList(), posts.Count, posts.LastOrDefault()?.Id ?? after);
            case SearchType.Practice:
                var practices = await _rows.PracticesAsync(ids, after, take, cancellationToken);
                return (practices.Select(factory.Practice).ToList(), practices.Count, practices.LastOrDefault()?.Id ?? after);
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Regions are read by code.");
        }
    }

    private async Task<IReadOnlyList<SearchDocument>> RegionDocumentsAsync(SearchDocumentFactory factory, IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        var snapshot = await regions.GetAsync(cancellationToken);
        return (await _rows.RegionsAsync(codes, cancellationToken))
            .Select(r => factory.Region(r, r.ParentCode is null ? null : snapshot.Find(r.ParentCode)?.Name))
            .ToList();
    }

    private async Task<SearchDocumentFactory> FactoryAsync(CancellationToken cancellationToken)
    {
        var snapshot = await regions.GetAsync(cancellationToken);
        return new SearchDocumentFactory(markdown, code => snapshot.Find(code)?.Name);
    }
}
