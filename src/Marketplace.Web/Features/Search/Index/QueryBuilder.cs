using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The Lucene query made from what a person typed; <see cref="Terms"/> are the analyzed (stemmed) terms snippets mark,
/// <see cref="ExactTerms"/> the words of quoted phrases as written (their stop words included).
/// </summary>
internal sealed record BuiltQuery(Query? Query, IReadOnlySet<string> Terms, IReadOnlySet<string> ExactTerms, bool HadWords)
{
    /// <summary>How many parts (words, phrases, synonym runs) the query has.</summary>
    public int PartCount => Query is BooleanQuery parts ? parts.Clauses.Count : 0;

    /// <summary>
    /// The documents with at least <paramref name="required"/> of the parts, scored exactly as <see cref="Query"/> scores
    /// them (the coordination factor is computed over all the parts either way).
    /// </summary>
    public Query AtLeast(int required)
    {
        var parts = (BooleanQuery)Query!;
        var tier = new BooleanQuery(disableCoord: false);
        if (required < parts.Clauses.Count)
        {
            tier.MinimumNumberShouldMatch = required;
        }

        foreach (var clause in parts.Clauses)
        {
            // All required: a conjunction led by the rarest part, faster than counting how many match.
            tier.Add(clause.Query, required >= parts.Clauses.Count ? Occur.MUST : Occur.SHOULD);
        }

        return tier;
    }
}

/// <summary>
/// Builds the scoring query from user text. Each word, quoted phrase, or run of words that spells a synonym is one
/// SHOULD clause of a boolean query whose coordination factor (<see cref="CoordinatedBm25Similarity"/>) ranks documents
/// matching more of them higher. Words that analysis removes entirely (stop words) do not count. Quoted phrases are
/// taken literally (no synonyms): the person said exactly what they meant.
/// </summary>
internal sealed class QueryBuilder(Analyzer analyzer)
{
    // A run of words that spells a synonym keeps a little of its literal words, so a document using only one of
    // them ("parkir" for "parkir elektronik") still ranks, just below every alternative.
    private const float _looseWordsBoost = 0.3f;

    public BuiltQuery Build(IReadOnlyList<UserTextPart> parts, SynonymSet synonyms)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var exactTerms = new HashSet<string>(StringComparer.Ordinal);
        if (parts.Count == 0)
        {
            return new BuiltQuery(null, terms, exactTerms, HadWords: false);
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var phrase in parts.Where(p => p.IsPhrase))
        {
            var exact = TextAnalysis.Positions(analyzer, SearchFields.Spell, phrase.Text);
            if (exact.Count > 0)
            {
                // The exact words must be there; the stemmed phrase adds the weight of the field they are in.
                var clause = new BooleanQuery(disableCoord: true) { { FieldQueries.Exact(exact), Occur.MUST } };
                Collect(exact, exactTerms);
                var stemmed = TextAnalysis.Positions(analyzer, SearchFields.Body, phrase.Text);
                if (FieldQueries.Any(stemmed) is { } weighted)
                {
                    clause.Add(weighted, Occur.SHOULD);
                    Collect(stemmed, terms);
                }

                query.Add(clause, Occur.SHOULD);
            }
        }

        var words = parts.Where(p => !p.IsPhrase).Select(p => TextAnalysis.Positions(analyzer, SearchFields.Body, p.Text)).Where(p => p.Count > 0).ToList();
        var flat = words.SelectMany(w => w.Select(p => p.Terms[0])).ToList();
        var ends = new HashSet<int>();
        var starts = new List<int>();
        for (int w = 0, at = 0; w < words.Count; at += words[w].Count, w++)
        {
            starts.Add(at);
            ends.Add(at + words[w].Count - 1);
        }

        for (var w = 0; w < words.Count;)
        {
            var match = synonyms.Match(flat, starts[w], ends.Contains);
            if (match is not { } found)
            {
                Add(query, words[w], terms);
                w++;
                continue;
            }

            var covered = 0;
            var literal = new List<IReadOnlyList<AnalyzedPosition>>();
            while (covered < found.Length)
            {
                literal.Add(words[w]);
                covered += words[w].Count;
                w++;
            }

            query.Add(Synonyms(found.Alternatives, literal, terms), Occur.SHOULD);
        }

        return new BuiltQuery(query.Clauses.Count == 0 ? null : query, terms, exactTerms, HadWords: true);
    }

    private static void Add(BooleanQuery query, IReadOnlyList<AnalyzedPosition> positions, HashSet<string> terms)
    {
        if (FieldQueries.Any(positions) is { } clause)
        {
            query.Add(clause, Occur.SHOULD);
            Collect(positions, terms);
        }
    }

    private static BooleanQuery Synonyms(IReadOnlyList<SynonymAlternative> alternatives, List<IReadOnlyList<AnalyzedPosition>> literal, HashSet<string> terms)
    {
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var alternative in alternatives)
        {
            any.Add(FieldQueries.Any(alternative.Positions));
            Collect(alternative.Positions, terms);
        }

        var clause = new BooleanQuery(disableCoord: true) { { any, Occur.SHOULD } };
        if (literal.Count > 1)
        {
            var loose = new BooleanQuery(disableCoord: false) { Boost = _looseWordsBoost };
            foreach (var word in literal)
            {
                loose.Add(FieldQueries.Any(word), Occur.SHOULD);
                Collect(word, terms);
            }

            clause.Add(loose, Occur.SHOULD);
        }

        return clause;
    }

    private static void Collect(IReadOnlyList<AnalyzedPosition> positions, HashSet<string> terms)
    {
        foreach (var position in positions)
        {
            terms.UnionWith(position.Terms);
        }
    }
}
