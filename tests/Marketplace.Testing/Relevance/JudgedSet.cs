using System.Text.Json;

namespace Marketplace.Testing.Relevance;

/// <summary>
/// The judged relevance set of issue 6: the corpus (corpus.json) and the judged queries (judgments.json), embedded in
/// this assembly so the unit tests, the baselines under bench/search and the Lucene index's tests all read the same data.
/// </summary>
public sealed class JudgedSet
{
    /// <summary>How many results a judged query looks at.</summary>
    public const int TopK = 5;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<JudgedSet> _embedded = new(() => Parse(ReadResource("corpus.json"), ReadResource("judgments.json")));
    private readonly Dictionary<string, JudgedDocument> _byId;

    private JudgedSet(IReadOnlyList<JudgedDocument> documents, IReadOnlyList<JudgedQuery> queries)
    {
        Documents = documents;
        Queries = queries;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<JudgedDocument> Documents { get; }

    public IReadOnlyList<JudgedQuery> Queries { get; }

    /// <summary>The embedded set (parsed once per process).</summary>
    public static JudgedSet Load() => _embedded.Value;

    /// <summary>A set from JSON texts of the same shape as the embedded files (for hand-made examples in tests).</summary>
    public static JudgedSet Parse(string corpusJson, string judgmentsJson)
    {
        var corpus = JsonSerializer.Deserialize<CorpusFile>(corpusJson, _json) ?? throw new FormatException("corpus.json is empty.");
        var judgments = JsonSerializer.Deserialize<JudgmentsFile>(judgmentsJson, _json) ?? throw new FormatException("judgments.json is empty.");
        var duplicate = corpus.Documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Document id {duplicate.Key} appears {duplicate.Count()} times.");
        }

        return new JudgedSet(corpus.Documents, judgments.Queries);
    }

    public JudgedDocument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The documents a query's filters admit (what a correct engine may return at all).</summary>
    public IEnumerable<JudgedDocument> Admitted(SearchFilters filters) => Documents.Where(filters.Matches);

    private static string ReadResource(string file)
    {
        using var stream = typeof(JudgedSet).Assembly.GetManifestResourceStream($"Marketplace.Testing.Relevance.{file}")
            ?? throw new InvalidOperationException($"Embedded relevance file {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record CorpusFile(IReadOnlyList<JudgedDocument> Documents);

    private sealed record JudgmentsFile(IReadOnlyList<JudgedQuery> Queries);
}
