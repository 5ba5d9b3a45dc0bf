using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marketplace.Web.Features.Shared;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The pure checks every notification passes before it is stored: lengths are capped (a long thread title must not make
/// an insert fail) and the link must stay on this site (a notification is no open redirect).
/// </summary>
public static class NotificationRules
{
    public const int TextKeyMax = 100;
    public const int ArgMax = 200;
    public const int ArgsMax = 8;
    /// <summary>Room for the worst case: every character of eight capped arguments escaped as \uXXXX (8 × 200 × 6, plus quotes).</summary>
    public const int ArgsJsonMax = 10_000;
    public const int ExcerptMax = 280;
    public const int UrlMax = 500;
    public const int ActorNameMax = 200;
    public const int DedupeKeyMax = 200;

    /// <summary>
    /// A path on this site: starts with one "/", no "//" or "/\" (protocol-relative), no scheme, no control characters.
    /// </summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= UrlMax
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>
    /// The text trimmed, whitespace runs (new lines included) collapsed to one space, and cut at <paramref name="max"/>
    /// characters with "…" when longer; never splits a surrogate pair or a combining sequence. Null or blank gives null.
    /// </summary>
    public static string? Cap(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TextElements.Cut(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), max);
    }

    // Indonesian and other letters as themselves (shorter rows); markup characters stay escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>"Thread", "Board" or "App" exactly; not a number, not another spelling.</summary>
    public static bool TryWatchTarget(string? name, out WatchTarget target)
    {
        target = default;
        return name is not null && Enum.GetNames<WatchTarget>().Contains(name, StringComparer.Ordinal)
            && Enum.TryParse(name, ignoreCase: false, out target);
    }

    /// <summary>The arguments capped one by one (at most <see cref="ArgsMax"/>) as a JSON array.</summary>
    public static string ArgsToJson(IEnumerable<string?> args) =>
        JsonSerializer.Serialize(args.Take(ArgsMax).Select(a => Cap(a, ArgMax) ?? "").ToArray(), Json);

    /// <summary>The stored arguments back; a damaged value gives none rather than an error on the list page.</summary>
    public static string[] ArgsFromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
