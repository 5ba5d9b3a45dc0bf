using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Turns analyzed words into the pairs of neighbouring words ("satu data" from "satu", "data"), each at the position of
/// its first word, for the word-pair companions of the text fields (<see cref="SearchFields.Pairs"/>). A quoted phrase of
/// two words is then one term to look up instead of two long position lists to join; a longer phrase is a phrase of
/// pairs, whose lists are far shorter. Words stacked at one position ("eparkir", "parkir") pair with each neighbour; a
/// gap (a removed stop word) pairs nothing across it, and <see cref="FieldQueries"/> searches such a phrase in the
/// word field instead. Index and query text go through the same chain, so the pairs always agree.
/// </summary>
internal sealed class WordPairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<(string Text, int Position)> _pending = new();
    private List<string> _previous = [];
    private List<string> _current = [];
    private int _previousPosition = -1;
    private int _currentPosition = -1;
    private int _lastOutput = -1;
    private bool _inputDone;

    public WordPairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_pending.Count == 0)
        {
            if (_inputDone)
            {
                return false;
            }

            if (!m_input.IncrementToken())
            {
                _inputDone = true;
                Pair();
                continue;
            }

            var text = _term.ToString();
            if (_increment.PositionIncrement == 0 && _current.Count > 0)
            {
                if (!_current.Contains(text))
                {
                    _current.Add(text);
                }

                continue;
            }

            // The current position is complete: pair it with the one before, then move on.
            Pair();
            (_previous, _current) = (_current, _previous);
            _current.Clear();
            _current.Add(text);
            _previousPosition = _currentPosition;
            _currentPosition += Math.Max(1, _increment.PositionIncrement);
        }

        var (pair, position) = _pending.Dequeue();
        ClearAttributes();
        _term.SetEmpty().Append(pair);
        _increment.PositionIncrement = position - _lastOutput;
        _lastOutput = position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _previous.Clear();
        _current.Clear();
        _previousPosition = -1;
        _currentPosition = -1;
        _lastOutput = -1;
        _inputDone = false;
    }

    /// <summary>The pair of two words as a term: what a query for the two words as a phrase looks up.</summary>
    public static string Join(string first, string second) => first + " " + second;

    private void Pair()
    {
        if (_previous.Count == 0 || _current.Count == 0 || _currentPosition != _previousPosition + 1)
        {
            return;
        }

        foreach (var first in _previous)
        {
            foreach (var second in _current)
            {
                _pending.Enqueue((Join(first, second), _previousPosition));
            }
        }
    }
}
