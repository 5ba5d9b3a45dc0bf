using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>The Lucene query made from what a person typed, and the analyzed terms snippets should mark.</summary>
internal sealed record BuiltQuery(Query? Query, IReadOnlySet<string> Terms, bool HadWords);

/// <summary>
/// Builds the scoring query from user text: each word or quoted phrase is one SHOULD clause of a boolean query whose
/// coordination factor (<see cref="CoordinatedBm25Similarity"/>) ranks documents matching more of them higher. Words
/// that analysis removes entirely (stop words) do not count.
/// </summary>
internal sealed class QueryBuilder(Analyzer analyzer)
{
    public BuiltQuery Build(IReadOnlyList<UserTextPart> parts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (parts.Count == 0)
        {
            return new BuiltQuery(null, terms, HadWords: false);
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var part in parts)
        {
            var positions = TextAnalysis.Positions(analyzer, SearchFields.Body, part.Text);
            var clause = FieldQueries.Any(positions);
            if (clause is null)
            {
                continue;
            }

            query.Add(clause, Occur.SHOULD);
            foreach (var position in positions)
            {
                terms.UnionWith(position.Terms);
            }
        }

        return new BuiltQuery(query.Clauses.Count == 0 ? null : query, terms, HadWords: true);
    }
}
