namespace Marketplace.Web.Features.Search;

/// <summary>What kind of thing a search hit is; the lower-case name is the <c>type</c> filter and facet value.</summary>
public enum SearchType
{
    App,
    Release,
    Thread,
    Post,
    Practice,
    Region,
}

/// <summary>
/// One entry of the search index, built from the database by the indexer. <see cref="Key"/> ("app:42") is unique:
/// writing a document with a key already present replaces it, so indexing the same change twice never duplicates.
/// </summary>
public sealed record SearchDocument
{
    public required SearchType Type { get; init; }

    /// <summary>The database id of the thing, as text ("42"; a region's code "33.74").</summary>
    public required string Id { get; init; }

    public string Key => SearchKeys.For(Type, Id);

    /// <summary>Name or title; a post's is its thread's title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// Whether the title's words find the document. False for a reply post: it shows its thread's title but is found by
    /// its own words, and the title finds the thread (as Discourse indexes a topic's title with its first post only).
    /// So a search for a thread's title answers the thread, not also each of its replies crowding the first pages, and
    /// the title's words are not indexed once per reply (a thousand-post thread made every word of its title a thousand
    /// entries longer to score).
    /// </summary>
    public bool TitleIsSearched { get; init; } = true;

    /// <summary>Short text that counts more than the body (an application's summary); may be empty.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Plain text (Markdown already stripped of markup) that snippets are cut from.</summary>
    public string Body { get; init; } = "";

    /// <summary>Site-relative address of the thing ("/katalog/e-parkir", "/forum/t/12/slug#p3").</summary>
    public required string Url { get; init; }

    /// <summary>Owner or author region code ("16.71"), or null when the thing belongs to no region.</summary>
    public string? RegionCode { get; init; }

    public string? RegionName { get; init; }

    /// <summary>Two-digit province of <see cref="RegionCode"/> ("16"); null for national institutions (00.xx).</summary>
    public string? ProvinceCode { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? License { get; init; }

    /// <summary>publiccode developmentStatus, lower-case ("stable").</summary>
    public string? Maturity { get; init; }

    /// <summary>When it was last written: the "date" sort.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Who may see it: <see cref="SearchAccess.Public"/>, <see cref="SearchAccess.Members"/> or <see cref="SearchAccess.Region"/>.</summary>
    public string Access { get; init; } = SearchAccess.Public;
}

/// <summary>The values of <see cref="SearchDocument.Access"/>.</summary>
public static class SearchAccess
{
    /// <summary>Anyone, signed in or not.</summary>
    public const string Public = "public";

    /// <summary>Approved signed-in members only (members-only boards).</summary>
    public const string Members = "members";

    /// <summary>Only the members of one region (and Kurator, Administrator): drafts. "region:16.71".</summary>
    public static string Region(string code) => "region:" + code;
}

public static class SearchKeys
{
    public static string For(SearchType type, string id) => Name(type) + ":" + id;

    /// <summary>The lower-case type name used in keys, filters, facets and the API ("app", "thread").</summary>
    public static string Name(SearchType type) => type.ToString().ToLowerInvariant();

    public static bool TryParseType(string? text, out SearchType type)
    {
        type = default;
        return text is not null
            && text.Length > 0
            && char.IsLower(text[0])
            && Enum.TryParse(text, ignoreCase: true, out type)
            && Enum.IsDefined(type);
    }
}
