using Lucene.Net.Analysis;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// Turns the hyphen after a lone "e" into an underscore as the text streams in ("e-Parkir" becomes "e_Parkir"), so the
/// tokenizer keeps the word whole and <see cref="EPrefixFilter"/> can split it into "eparkir" and "parkir". One
/// character for one, so offsets need no correction. (Lucene.NET's PatternReplaceCharFilter did the same with a regular
/// expression over the whole text, and cost more than tokenizing and stemming together.)
/// </summary>
internal sealed class EPrefixCharFilter(TextReader input) : CharFilter(input)
{
    // The two characters read before the current one; the start of the text counts as a space.
    private char _beforeLast = ' ';
    private char _last = ' ';

    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
        {
            buffer[i] = Next(buffer[i]);
        }

        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : Next((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;

    private char Next(char c)
    {
        var replaced = c == '-' && _last is 'e' or 'E' && !IsWordChar(_beforeLast) ? '_' : c;
        _beforeLast = _last;
        _last = c;
        return replaced;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
