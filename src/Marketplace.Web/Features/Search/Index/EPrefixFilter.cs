using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Regions write "e-Parkir", "e-office", "E-Budgeting". <see cref="IndonesianAnalysis"/> turns the hyphen after a lone
/// "e" into an underscore before tokenizing (so the tokenizer keeps "e_parkir" whole); this filter then emits "eparkir"
/// and, at the same position, "parkir". The joined form makes "e-parkir" a rare, precise term, while the bare word still
/// finds the application for someone who types "parkir". Index and query text go through the same chain.
/// </summary>
internal sealed class EPrefixFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _pendingWord;
    private State? _pendingState;

    public EPrefixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingWord is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pendingWord);
            _position.PositionIncrement = 0;
            _pendingWord = null;
            _pendingState = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        if (_term.Length == 2 && (buffer[0] == 'e' || buffer[0] == 'E') && buffer[1] == '_')
        {
            _term.Length = 1;
        }
        else if (_term.Length > 2 && (buffer[0] == 'e' || buffer[0] == 'E') && buffer[1] == '_')
        {
            var word = new string(buffer, 2, _term.Length - 2).Replace("_", "", StringComparison.Ordinal);
            _term.SetEmpty().Append(buffer[0]).Append(word);
            _pendingWord = word;
            _pendingState = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingWord = null;
        _pendingState = null;
    }
}
