using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum;

/// <summary>Quotes and addresses of threads and posts, pure so they are unit-tested.</summary>
public static class Quoting
{
    /// <summary>
    /// A Markdown block quote of <paramref name="body"/> under a header line linking to the quoted post
    /// ("> **Andi** [menulis](/forum/t/7/judul#pesan-3):"), followed by an empty line to write below.
    /// </summary>
    public static string Quote(string authorName, string postUrl, string wroteWord, string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var header = $"> **{EscapeInline(authorName)}** [{wroteWord}]({postUrl}):";
        return header + "\n>\n" + string.Join("\n", lines.Select(l => l.Length == 0 ? ">" : "> " + l)) + "\n\n";
    }

    /// <summary>The slug of a thread's URL: its title as a catalog slug, or "topik" when nothing of it is Latin letters or digits.</summary>
    public static string ThreadSlug(string title) => Slugs.From(title) is { Length: > 0 } slug ? slug : "topik";

    public static string ThreadUrl(int id, string title) => $"/forum/t/{id}/{ThreadSlug(title)}";

    /// <summary>The post's place: the page of the thread that holds its number, and its anchor.</summary>
    public static string PostUrl(int threadId, string title, int number) =>
        $"{ThreadUrl(threadId, title)}?halaman={PageOf(number)}#pesan-{number}";

    /// <summary>Posts are numbered without gaps, so page p holds numbers ((p-1)·n, p·n]: a range, never an OFFSET.</summary>
    public static int PageOf(int number) => number <= 0 ? 1 : ((number - 1) / ForumRules.PostsPerPage) + 1;

    private static string EscapeInline(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("<", "\\<", StringComparison.Ordinal);
}
