using Lucene.Net.Analysis;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>One way of saying a thing ("parkir elektronik"), analyzed as the index analyzes text.</summary>
internal sealed record SynonymAlternative(string Text, IReadOnlyList<AnalyzedPosition> Positions)
{
    /// <summary>The first term of each position: what a query's words are compared with.</summary>
    public string Key { get; } = string.Join(' ', Positions.Select(p => p.Terms[0]));
}

/// <summary>
/// Groups of equivalent words and phrases, applied when a query is read: the words of a query that spell one alternative
/// of a group are searched as any alternative of it. Analyzed once when built; immutable, so searches share it freely.
/// Matching compares analyzed terms, so "pelayanan" and "layanan", or "E-Parkir" and "e-parkir", match alike.
/// </summary>
internal sealed class SynonymSet
{
    public const int MaxGroups = 2_000;
    public const int MaxAlternatives = 20;
    public const int MaxAlternativeLength = 80;
    public const int MaxAlternativeWords = 8;

    private readonly Dictionary<string, List<SynonymAlternative>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstTerm = new(StringComparer.Ordinal);

    private SynonymSet()
    {
    }

    public static SynonymSet Empty { get; } = new();

    public int GroupCount { get; private set; }

    /// <summary>Builds the set from groups already checked by <see cref="Validate"/>.</summary>
    public static SynonymSet Build(Analyzer analyzer, IEnumerable<IReadOnlyList<string>> groups)
    {
        var set = new SynonymSet();
        foreach (var group in groups)
        {
            var alternatives = group
                .Select(text => new SynonymAlternative(text.Trim(), TextAnalysis.Positions(analyzer, SearchFields.Body, text)))
                .Where(a => a.Positions.Count > 0)
                .DistinctBy(a => a.Key)
                .ToList();
            if (alternatives.Count < 2)
            {
                continue;
            }

            set.GroupCount++;
            foreach (var alternative in alternatives)
            {
                // An alternative in two groups takes the alternatives of both.
                var known = set._byKey.TryGetValue(alternative.Key, out var list) ? list : set._byKey[alternative.Key] = [];
                known.AddRange(alternatives.Where(a => known.All(k => k.Key != a.Key)).ToList());
                var first = alternative.Positions[0].Terms[0];
                set._longestByFirstTerm[first] = Math.Max(set._longestByFirstTerm.GetValueOrDefault(first), alternative.Positions.Count);
            }
        }

        return set;
    }

    /// <summary>
    /// The longest alternative spelled by <paramref name="terms"/> from <paramref name="start"/> that ends where
    /// <paramref name="isEnd"/> allows (at the end of a typed word); its length in terms and every equivalent.
    /// </summary>
    public (int Length, IReadOnlyList<SynonymAlternative> Alternatives)? Match(IReadOnlyList<string> terms, int start, Func<int, bool> isEnd)
    {
        if (!_longestByFirstTerm.TryGetValue(terms[start], out var longest))
        {
            return null;
        }

        for (var length = Math.Min(longest, terms.Count - start); length >= 1; length--)
        {
            if (isEnd(start + length - 1)
                && _byKey.TryGetValue(string.Join(' ', terms.Skip(start).Take(length)), out var alternatives))
            {
                return (length, alternatives);
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first group a curator could not have meant.</summary>
    public static void Validate(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count > MaxGroups)
        {
            throw new ArgumentException($"At most {MaxGroups} synonym groups are allowed; {groups.Count} were given.", nameof(groups));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (group is null || group.Count < 2 || group.Count > MaxAlternatives)
            {
                throw new ArgumentException($"Synonym group {i + 1} must have 2 to {MaxAlternatives} entries.", nameof(groups));
            }

            foreach (var entry in group)
            {
                if (string.IsNullOrWhiteSpace(entry) || entry.Trim().Length > MaxAlternativeLength
                    || UserText.Words(entry).Count is 0 or > MaxAlternativeWords || entry.Contains('"', StringComparison.Ordinal))
                {
                    throw new ArgumentException(
                        $"Synonym group {i + 1} has an entry \"{entry}\" that is empty, has no words, quotes, or is longer than "
                        + $"{MaxAlternativeLength} characters or {MaxAlternativeWords} words.", nameof(groups));
                }
            }
        }
    }

    /// <summary>The committed list (Features/Search/synonyms.txt, embedded).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Committed { get; } = ReadCommitted();

    private static List<IReadOnlyList<string>> ReadCommitted()
    {
        using var stream = typeof(SynonymSet).Assembly.GetManifestResourceStream("Search.synonyms.txt")
            ?? throw new InvalidOperationException("The embedded synonym list Search.synonyms.txt is missing.");
        using var reader = new StreamReader(stream);
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                groups.Add([.. line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
            }
        }

        Validate(groups);
        return groups;
    }
}
