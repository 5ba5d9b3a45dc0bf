using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Web.Features.Search.Index;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// The platform's Lucene.NET index: one <see cref="IndexWriter"/> over an <see cref="NIOFSDirectory"/>
/// (<see cref="PositionalReadDirectory"/>; one writer per folder, so this is a singleton), and a
/// <see cref="SearcherManager"/> that hands searches a point-in-time view, so searches run in parallel with the
/// indexer's writes and see them after <see cref="CommitAsync"/>.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string _positionKey = "outbox";
    private const string _schemaKey = "schema";

    private readonly IndonesianAnalysis _analysis = new();
    private readonly FileStream _processLock;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SearchRunner _runner;
    private readonly SimilarAppsFinder _similar;
    private readonly int _maxSimilarText;
    private readonly System.Threading.Lock _commitLock = new();
    private SynonymSet _synonyms;
    private long _committedPosition;
    private int _schema;
    private int _schemaAfterDeleteAll;
    private int _disposed;

    public LuceneSearchIndex(string path, IOptions<SearchOptions> options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(path);
        var settings = options.Value;
        _runner = new SearchRunner(_analysis, settings);
        _similar = new SimilarAppsFinder(_analysis);
        _maxSimilarText = settings.MaxSimilarTextLength;
        _synonyms = SynonymSet.Build(_analysis, SynonymSet.Committed);
        try
        {
            System.IO.Directory.CreateDirectory(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"The search index folder {Path} cannot be created or opened: {e.Message}", e);
        }

        _processLock = LockFolder(Path);
        try
        {
            _directory = new PositionalReadDirectory(new DirectoryInfo(Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _processLock.Dispose();
            throw new SearchIndexException($"The search index folder {Path} cannot be created or opened: {e.Message}", e);
        }

        try
        {
            var config = new IndexWriterConfig(IndonesianAnalysis.Version, _analysis)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = CoordinatedBm25Similarity.Instance,
                RAMBufferSizeMB = settings.RamBufferMegabytes,
            };
            _writer = new IndexWriter(_directory, config);
        }
        catch (Exception e)
        {
            _directory.Dispose();
            _processLock.Dispose();
            throw Unusable(e);
        }

        try
        {
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
            _committedPosition = ReadPosition(_writer.CommitData);
            _schema = ReadSchema(_writer.CommitData, _writer.MaxDoc);
        }
        catch (Exception e)
        {
            _writer.Rollback();
            _directory.Dispose();
            _processLock.Dispose();
            throw Unusable(e);
        }
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    public long CommittedPosition => Interlocked.Read(ref _committedPosition);

    public int DocumentCount => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    public bool NeedsRebuild => Volatile.Read(ref _schema) != SearchFields.SchemaVersion;

    public void Upsert(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfDisposed();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            _writer.UpdateDocument(new Term(SearchFields.Key, document.Key), SearchFields.ToLucene(document));
        }
    }

    public void Delete(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ThrowIfDisposed();
        var terms = keys.Where(k => !string.IsNullOrEmpty(k)).Select(k => new Term(SearchFields.Key, k)).ToArray();
        if (terms.Length > 0)
        {
            _writer.DeleteDocuments(terms);
        }
    }

    public void DeleteAll()
    {
        ThrowIfDisposed();
        lock (_commitLock)
        {
            _writer.DeleteAll();

            // What is written from here on is written as this version writes it.
            _schemaAfterDeleteAll = SearchFields.SchemaVersion;
        }
    }

    public Task CommitAsync(long outboxPosition, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        lock (_commitLock)
        {
            // The position is written in the same commit as the documents it covers: after a crash the index and the
            // position it reports always agree.
            var schema = _schemaAfterDeleteAll != 0 ? _schemaAfterDeleteAll : _schema;
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [_positionKey] = outboxPosition.ToString(CultureInfo.InvariantCulture),
                [_schemaKey] = schema.ToString(CultureInfo.InvariantCulture),
            });
            _writer.Commit();
            _schemaAfterDeleteAll = 0;
            Volatile.Write(ref _schema, schema);

            // Searchers first, position second: whoever sees the new position (a test, /health) finds what it covers.
            _searchers.MaybeRefreshBlocking();
            Interlocked.Exchange(ref _committedPosition, outboxPosition);
        }

        return Task.CompletedTask;
    }

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithSearcher(searcher => _runner.Run(searcher, request, Volatile.Read(ref _synonyms)));
    }

    public void UseSynonyms(IReadOnlyList<IReadOnlyList<string>> extraGroups)
    {
        SynonymSet.Validate(extraGroups);
        Volatile.Write(ref _synonyms, SynonymSet.Build(_analysis, [.. SynonymSet.Committed, .. extraGroups]));
    }

    public IReadOnlyList<SimilarApp> FindSimilarApps(SimilarAppsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithSearcher(searcher => _similar.Find(searcher, request, _maxSimilarText));
    }

    /// <summary>
    /// Closes the searchers and the writer and releases the folder's lock. Writes not yet committed are dropped: the
    /// committed outbox position still says where the indexer must resume, so nothing is lost.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _searchers.Dispose();
        try
        {
            _writer.Rollback();
        }
        catch (IOException)
        {
            // The folder vanished under the running host (deleted data folder): nothing is left to roll back, and the
            // host's shutdown must not fail on it. The last commit, wherever it is, stays what the index holds.
        }

        _directory.Dispose();
        _processLock.Dispose();
        _analysis.Dispose();
    }

    /// <summary>
    /// An exclusive OS lock on a file in the folder, held while this index is open. Lucene.NET's write.lock is only a
    /// shared lock on Linux, and a second IndexWriter opening the folder deletes the files the first has not committed
    /// yet; this lock keeps a second process (a running server beside <c>reindex</c>) out before any writer opens.
    /// The OS drops it when the process dies, so a crash never leaves the folder locked.
    /// </summary>
    private static FileStream LockFolder(string path)
    {
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows.
            return new FileStream(System.IO.Path.Combine(path, "process.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SearchIndexException(
                $"The search index folder {path} is locked by another process or instance (a running server or the reindex verb): only one may use it at a time. "
                + "Stop the other one, or give this one its own Marketplace:DataPath.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SearchIndexException($"The search index folder {path} cannot be locked: {e.Message}", e);
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ThrowIfDisposed();
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private static long ReadPosition(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(_positionKey, out var text)
            && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
            ? position
            : 0;

    /// <summary>
    /// The <see cref="SearchFields.SchemaVersion"/> every document of the last commit was written with: the one recorded,
    /// else this version's for an empty index, else 1 (written before versions were recorded).
    /// </summary>
    private static int ReadSchema(IDictionary<string, string>? data, int maxDoc) =>
        data is not null && data.TryGetValue(_schemaKey, out var text)
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var schema)
            ? schema
            : maxDoc == 0 ? SearchFields.SchemaVersion : 1;

    private SearchIndexException Unusable(Exception e) => e switch
    {
        LockObtainFailedException => new SearchIndexException(
            $"The search index folder {Path} is locked by another index writer (write.lock): only one process may write it. "
            + "Stop the other instance, or give this one its own Marketplace:DataPath.", e),
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException => new SearchIndexException(
            $"The search index in {Path} is corrupt or unreadable ({e.Message}). Delete the folder and rebuild it with the reindex verb.", e),
        _ => new SearchIndexException($"The search index in {Path} cannot be opened: {e.Message}", e),
    };
}
