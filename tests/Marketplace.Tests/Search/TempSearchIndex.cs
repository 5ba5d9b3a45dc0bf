using Marketplace.Web.Features.Search;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Search;

/// <summary>A real Lucene index in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempSearchIndex : IDisposable
{
    private readonly SearchOptions _options;

    public TempSearchIndex(SearchOptions? options = null)
    {
        _options = options ?? new SearchOptions();
        Folder = Path.Combine(Path.GetTempPath(), "search-test-" + Guid.NewGuid().ToString("N"));
        Index = Open();
    }

    public string Folder { get; }

    public LuceneSearchIndex Index { get; private set; }

    public LuceneSearchIndex Open() => new(Folder, Options.Create(_options));

    /// <summary>Closes the index and opens the same folder again (what a restart does).</summary>
    public LuceneSearchIndex Reopen()
    {
        Index.Dispose();
        Index = Open();
        return Index;
    }

    public async Task AddAsync(params SearchDocument[] documents)
    {
        Index.Upsert(documents);
        await Index.CommitAsync(Index.CommittedPosition + 1);
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    public static SearchDocument App(string id, string title, string summary = "", string body = "", string? region = "33.74",
        string access = SearchAccess.Public, DateTimeOffset? date = null, string[]? categories = null, string? license = null, string? maturity = null) => new()
    {
        Type = SearchType.App,
        Id = id,
        Title = title,
        Summary = summary,
        Body = body,
        Url = "/katalog/" + id,
        RegionCode = region,
        RegionName = region is null ? null : "Wilayah " + region,
        ProvinceCode = region is null || region.StartsWith("00", StringComparison.Ordinal) ? null : region[..2],
        Categories = categories ?? [],
        License = license,
        Maturity = maturity,
        Date = date ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Access = access,
    };

    public static SearchDocument Doc(SearchType type, string id, string title, string body, string? region = "33.74",
        string access = SearchAccess.Public, DateTimeOffset? date = null) =>
        App(id, title, "", body, region, access, date) with { Type = type, Url = "/x/" + id };
}
