using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Turns analyzed words and phrases into queries over the text fields. The title counts most, then the summary and the
/// categories, then the body; a word is scored by the field where it matters most, plus a little for the others
/// (a disjunction-max with a tie-breaker), so a word repeated in every field does not outweigh two different words.
/// </summary>
internal static class FieldQueries
{
    private const float _tieBreaker = 0.3f;

    private static readonly (string Field, float Boost)[] _fields =
    [
        (SearchFields.Title, 2f),
        (SearchFields.Summary, 1.5f),
        (SearchFields.Categories, 1.5f),
        (SearchFields.Body, 1f),
    ];

    /// <summary>The text fields a query looks in, for highlighting and typo checks.</summary>
    public static IEnumerable<string> Fields => _fields.Select(f => f.Field);

    /// <summary>A word (one position) or a phrase (several) in any text field; null when analysis left nothing.</summary>
    public static Query? Any(IReadOnlyList<AnalyzedPosition> positions)
    {
        if (positions.Count == 0)
        {
            return null;
        }

        var query = new DisjunctionMaxQuery(_tieBreaker);
        foreach (var (field, boost) in _fields)
        {
            var fieldQuery = InField(field, positions);
            fieldQuery.Boost = boost;
            query.Add(fieldQuery);
        }

        return query;
    }

    /// <summary>
    /// A quoted phrase word for word, in the unstemmed <see cref="SearchFields.Spell"/> field with its stop words: quotes
    /// mean exactly these words ("bagi hasil", where "bagi" is a stop word the stemmed fields drop).
    /// </summary>
    public static Query Exact(IReadOnlyList<AnalyzedPosition> positions) => InField(SearchFields.Spell, positions);

    private static Query InField(string field, IReadOnlyList<AnalyzedPosition> positions)
    {
        if (positions.Count == 1)
        {
            var terms = positions[0].Terms;
            if (terms.Length == 1)
            {
                return new TermQuery(new Term(field, terms[0]));
            }

            var either = new BooleanQuery(disableCoord: true);
            foreach (var term in terms)
            {
                either.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }

            return either;
        }

        if (InPairs(field, positions) is { } pairs)
        {
            return pairs;
        }

        var phrase = new MultiPhraseQuery();
        var first = positions[0].Position;
        foreach (var position in positions)
        {
            phrase.Add([.. position.Terms.Select(t => new Term(field, t))], position.Position - first);
        }

        return phrase;
    }

    /// <summary>
    /// A phrase without gaps as its word pairs (<see cref="WordPairFilter"/>): one term for two words, else a phrase of
    /// pairs. The same documents as the phrase of words, found from posting lists a fraction as long. Null for a phrase
    /// with a gap (a removed stop word), which only the word field can match.
    /// </summary>
    private static Query? InPairs(string field, IReadOnlyList<AnalyzedPosition> positions)
    {
        for (var i = 1; i < positions.Count; i++)
        {
            if (positions[i].Position != positions[i - 1].Position + 1)
            {
                return null;
            }
        }

        var pairField = SearchFields.Pairs(field);
        var pairs = new Term[positions.Count - 1][];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = [.. positions[i].Terms.SelectMany(first => positions[i + 1].Terms.Select(second => new Term(pairField, WordPairFilter.Join(first, second))))];
        }

        if (pairs.Length == 1 && pairs[0].Length == 1)
        {
            return new TermQuery(pairs[0][0]);
        }

        // A position with one pair reads that pair's list alone; one with stacked pairs reads their union.
        var phrase = new MultiPhraseQuery();
        for (var i = 0; i < pairs.Length; i++)
        {
            phrase.Add(pairs[i], i);
        }

        return phrase;
    }
}
