using System.Globalization;
using System.Text;

namespace Marketplace.Web.Features.Shared;

/// <summary>Cutting text to a length without splitting what a reader sees as one character.</summary>
public static class TextElements
{
    /// <summary>
    /// At most <paramref name="max"/> characters: the text itself when it fits, else whole text elements (a surrogate pair,
    /// a letter with its combining marks) up to <paramref name="max"/> − 1, trailing space trimmed, and "…".
    /// </summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var result = new StringBuilder(max);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (result.Length + element.Length > max - 1)
            {
                break;
            }

            result.Append(element);
        }

        return result.ToString().TrimEnd() + "…";
    }
}
