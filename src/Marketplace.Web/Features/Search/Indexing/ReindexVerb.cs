using System.Globalization;
using Lucene.Net.Store;
using Marketplace.Web.Features.Maintenance;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// <c>reindex</c>: rebuilds this data folder's search index from the database (see <see cref="IndexRebuilder"/>). A
/// running web server holds the index (one Lucene writer per folder), so the verb refuses instead of waiting.
/// </summary>
internal sealed class ReindexVerb : IMaintenanceVerb
{
    private const string HeldMessage = "reindex: the search index of this data folder is in use by another process (a running web server "
        + "or reindex holds " + SearchFolderLock.FileName + " or Lucene's write.lock): stop it, then run reindex again.";

    public string Name => "reindex";

    public string Usage => "(stop the web server of this data folder first)";

    public IReadOnlyCollection<string> KnownOptions => [];

    public string? Check(VerbOptions options) => null;

    public async Task<int> RunAsync(IServiceProvider services, VerbOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var folderLock = scope.ServiceProvider.GetRequiredService<SearchFolderLock>();
        if (!folderLock.TryAcquire())
        {
            await output.WriteLineAsync(HeldMessage);
            return 1;
        }

        RebuildResult result;
        try
        {
            var rebuilder = scope.ServiceProvider.GetRequiredService<IndexRebuilder>();
            var progress = new Progress(output);
            result = await rebuilder.RebuildAsync(progress, cancellationToken);
        }
        catch (Exception e) when (IsHeldByAnotherProcess(e))
        {
            await output.WriteLineAsync(HeldMessage);
            return 1;
        }

        foreach (var (type, count) in result.Counts.OrderBy(c => c.Key))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {SearchKeys.Name(type),-9} {count,10:N0}"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"reindexed {result.Total:N0} documents in {result.Took.TotalSeconds:0.0} s, up to outbox position {result.Position}"));
        return 0;
    }

    // The index's own exception for a folder whose write.lock another writer holds.
    private static bool IsHeldByAnotherProcess(Exception e) => e is SearchIndexException { InnerException: LockObtainFailedException };

    /// <summary>A line every 100,000 documents, so a long rebuild shows it is moving.</summary>
    private sealed class Progress(TextWriter output) : IProgress<int>
    {
        private int _reported;

        public void Report(int value)
        {
            if (value / 100_000 > _reported / 100_000)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... {value:N0} documents"));
            }

            _reported = value;
        }
    }
}
