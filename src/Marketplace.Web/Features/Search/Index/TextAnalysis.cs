using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>The terms at one position of analyzed text; more than one when a filter stacked them ("eparkir", "parkir").</summary>
internal sealed record AnalyzedPosition(int Position, string[] Terms);

internal static class TextAnalysis
{
    /// <summary>
    /// Analyzes a word or phrase as the index does, keeping positions (a removed stop word leaves a gap, so "pajak bumi
    /// dan bangunan" still matches the text it came from as a phrase).
    /// </summary>
    public static IReadOnlyList<AnalyzedPosition> Positions(Analyzer analyzer, string field, string text)
    {
        var positions = new List<AnalyzedPosition>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var current = new List<string>();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || position < 0)
            {
                Flush();
                position += Math.Max(1, increment.PositionIncrement);
            }

            var value = term.ToString();
            if (!current.Contains(value))
            {
                current.Add(value);
            }
        }

        stream.End();
        Flush();
        return positions;

        void Flush()
        {
            if (current.Count > 0)
            {
                positions.Add(new AnalyzedPosition(position, [.. current]));
                current = [];
            }
        }
    }
}
