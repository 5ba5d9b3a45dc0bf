using Marketplace.Web.Data;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// An exclusive OS lock on <c>&lt;DataPath&gt;/search.lock</c>, held by the process that writes the index (the web
/// server's indexer, or the <c>reindex</c> verb) for as long as it runs. Lucene.NET's own write.lock takes only a shared
/// lock on Linux (two processes both "obtain" it), so without this a reindex would write the folder beside a running server.
/// The OS drops the lock when the process dies, so a crash never leaves the folder locked.
/// </summary>
internal sealed class SearchFolderLock(DataFolder folder) : IDisposable
{
    public const string FileName = "search.lock";

    private readonly System.Threading.Lock _gate = new();
    private FileStream? _file;

    public bool IsHeld
    {
        get
        {
            lock (_gate)
            {
                return _file is not null;
            }
        }
    }

    /// <summary>Takes the lock unless another process holds it (or the folder is unusable); true when this process holds it.</summary>
    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_file is not null)
            {
                return true;
            }

            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows.
                _file = new FileStream(folder.Combine(FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held by another process, or the data folder is unusable (its own health check says so).
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }
}
