using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// The Lucene query made from what a person typed; <see cref="Terms"/> are the analyzed (stemmed) terms snippets mark,
/// <see cref="ExactTerms"/> the words of quoted phrases as written (their stop words included).
/// </summary>
internal sealed record BuiltQuery(Query? Query, IReadOnlySet<string> Terms, IReadOnlySet<string> ExactTerms, bool HadWords)
{
    /// <summary>
    /// Typed words found next to each other in a document as typed ("sertifikat elektronik"): scored on top of
    /// <see cref="Query"/>, never matching by themselves (both words are parts), and not parts for the coordination
    /// factor. Null when the query has no two neighbouring words.
    /// </summary>
    public Query? Neighbours { get; init; }

    /// <summary>How many parts (words, phrases, synonym runs) the query has.</summary>
    public int PartCount => Query is BooleanQuery parts ? parts.Clauses.Count : 0;

    /// <summary>What ranks the documents <see cref="Query"/> matches: the parts, plus the neighbouring words.</summary>
    public Query? Scoring => WithNeighbours(Query, Occur.SHOULD);

    /// <summary><see cref="AtLeast"/>, ranked as <see cref="Scoring"/> ranks.</summary>
    public Query ScoringAtLeast(int required, IReadOnlySet<int>? absent = null) => WithNeighbours(AtLeast(required, absent), Occur.MUST)!;

    private Query? WithNeighbours(Query? parts, Occur occur) => parts is null || Neighbours is null
        ? parts
        : new BooleanQuery(disableCoord: true) { { parts, occur }, { Neighbours, Occur.SHOULD } };

    /// <summary>
    /// The documents with at least <paramref name="required"/> of the parts, scored exactly as <see cref="Query"/> scores
    /// them (the coordination factor is computed over all the parts either way). When the parts in
    /// <paramref name="absent"/> (indexes) match no document and the others number <paramref name="required"/>, the
    /// others are a conjunction, faster than counting how many parts each document has.
    /// </summary>
    public Query AtLeast(int required, IReadOnlySet<int>? absent = null)
    {
        var parts = (BooleanQuery)Query!;
        var tier = new BooleanQuery(disableCoord: false);
        var allOthers = absent is { Count: > 0 } && required == parts.Clauses.Count - absent.Count;
        if (required < parts.Clauses.Count && !allOthers)
        {
            tier.MinimumNumberShouldMatch = required;
        }

        for (var i = 0; i < parts.Clauses.Count; i++)
        {
            // All required: a conjunction led by the rarest part, faster than counting how many match.
            var must = required >= parts.Clauses.Count || (allOthers && !absent!.Contains(i));
            tier.Add(parts.Clauses[i].Query, must ? Occur.MUST : Occur.SHOULD);
        }

        return tier;
    }
}

/// <summary>
/// Builds the scoring query from user text. Each word, quoted phrase, or run of words that spells a synonym is one
/// SHOULD clause of a boolean query whose coordination factor (<see cref="CoordinatedBm25Similarity"/>) ranks documents
/// matching more of them higher. Words that analysis removes entirely (stop words) do not count. Quoted phrases are
/// taken literally (no synonyms): the person said exactly what they meant. Two words typed side by side also rank a
/// document that has them side by side higher (<see cref="BuiltQuery.Neighbours"/>, looked up as one word pair), as
/// the phrase boost of a search engine's "phrase fields" does: "sertifikat elektronik" is about electronic certificates,
/// a text with "sertifikat" in one sentence and "surat elektronik" in the next is not.
/// </summary>
internal sealed class QueryBuilder(Analyzer analyzer)
{
    // A run of words that spells a synonym keeps a little of its literal words, so a document using only one of
    // them ("parkir" for "parkir elektronik") still ranks, just below every alternative.
    private const float _looseWordsBoost = 0.3f;

    // Two typed words side by side in a document, as typed, add this much of a word's weight.
    private const float _neighboursBoost = 0.5f;

    /// <summary>
    /// Two words side by side in more than this share of the documents are not looked up as neighbours: a pair that
    /// common tells the documents apart little (its idf is low) and costs a long list to walk for every candidate, as
    /// Lucene's common-terms query leaves out its frequent terms.
    /// </summary>
    public const double MaxNeighboursShare = 0.05;

    /// <summary>Builds the query for <paramref name="parts"/>; <paramref name="reader"/> tells how common a neighbour pair is.</summary>
    public BuiltQuery Build(IReadOnlyList<UserTextPart> parts, SynonymSet synonyms, IndexReader? reader = null)
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

        var typed = parts.Select((p, i) => (Part: p, Index: i)).Where(p => !p.Part.IsPhrase)
            .Select(p => (Positions: TextAnalysis.Positions(analyzer, SearchFields.Body, p.Part.Text), p.Index))
            .Where(p => p.Positions.Count > 0).ToList();
        var words = typed.Select(p => p.Positions).ToList();
        var neighbours = new BooleanQuery(disableCoord: true) { Boost = _neighboursBoost };
        var lastPlain = -1;
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
                if (lastPlain == w - 1 && w > 0 && typed[w].Index == typed[w - 1].Index + 1)
                {
                    if (Neighbours(parts[typed[w - 1].Index].Text, parts[typed[w].Index].Text, reader) is { } pair)
                    {
                        neighbours.Add(pair, Occur.SHOULD);
                    }
                }

                lastPlain = w;
                w++;
                continue;
            }

            var covered = 0;
            var literal = new List<(string Text, IReadOnlyList<AnalyzedPosition> Positions)>();
            while (covered < found.Length)
            {
                literal.Add((parts[typed[w].Index].Text, words[w]));
                covered += words[w].Count;
                w++;
            }

            query.Add(Synonyms(found.Alternatives, literal, terms), Occur.SHOULD);
        }

        return new BuiltQuery(query.Clauses.Count == 0 ? null : query, terms, exactTerms, HadWords: true)
        {
            Neighbours = neighbours.Clauses.Count == 0 ? null : neighbours,
        };
    }

    /// <summary>Two typed words side by side, as written (the unstemmed text's word pairs); null when too common.</summary>
    private Query? Neighbours(string first, string second, IndexReader? reader)
    {
        var left = TextAnalysis.Positions(analyzer, SearchFields.Spell, first)[^1];
        var right = TextAnalysis.Positions(analyzer, SearchFields.Spell, second)[0];
        if (reader is not null)
        {
            var limit = reader.NumDocs * MaxNeighboursShare;
            var pairs = left.Terms.SelectMany(l => right.Terms.Select(r => WordPairFilter.Join(l, r)));
            if (pairs.All(pair => reader.DocFreq(new Term(SearchFields.Pairs(SearchFields.Spell), pair)) > limit))
            {
                return null;
            }
        }

        return FieldQueries.Exact([left with { Position = 0 }, right with { Position = 1 }]);
    }

    private static void Add(BooleanQuery query, IReadOnlyList<AnalyzedPosition> positions, HashSet<string> terms)
    {
        if (FieldQueries.Any(positions) is { } clause)
        {
            query.Add(clause, Occur.SHOULD);
            Collect(positions, terms);
        }
    }

    private BooleanQuery Synonyms(IReadOnlyList<SynonymAlternative> alternatives, List<(string Text, IReadOnlyList<AnalyzedPosition> Positions)> literal, HashSet<string> terms)
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
            // As written, in the one field of all the text: a document that only has a word of the run is found, at the
            // cost of one list per word, not one per word and field.
            var loose = new BooleanQuery(disableCoord: false) { Boost = _looseWordsBoost };
            foreach (var (text, positions) in literal)
            {
                if (TextAnalysis.Positions(analyzer, SearchFields.Spell, text) is { Count: > 0 } written)
                {
                    loose.Add(FieldQueries.Exact(written), Occur.SHOULD);
                    Collect(positions, terms);
                }
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
