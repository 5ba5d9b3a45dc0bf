namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>A short plain-text look at a post for the queue and the flag page (shown as text, never rendered as Markdown).</summary>
public static class Excerpts
{
    public const int Length = 280;

    public static string Of(string body)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= Length)
        {
            return flat;
        }

        var cut = Length;
        if (char.IsHighSurrogate(flat[cut - 1]))
        {
            cut--;
        }

        return flat[..cut] + "…";
    }
}
