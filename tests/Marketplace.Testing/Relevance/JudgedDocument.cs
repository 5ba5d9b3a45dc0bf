namespace Marketplace.Testing.Relevance;

/// <summary>
/// One document of the judged corpus: an application, a forum thread, a reply post or a best practice, with the fields
/// a search index over the platform would hold. Ids are stable ("app:parkir-palembang") so judgments can name them.
/// </summary>
public sealed record JudgedDocument
{
    public required string Id { get; init; }

    /// <summary>app, thread, post or practice.</summary>
    public required string Type { get; init; }

    /// <summary>Name or title; empty for posts, which have no title of their own (see <see cref="Thread"/>).</summary>
    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    public required string Body { get; init; }

    /// <summary>Owner or author region: a Kemendagri code ("33", "33.74") or a national institution ("00.01").</summary>
    public required string Region { get; init; }

    public string? Category { get; init; }

    public string? License { get; init; }

    public string? Maturity { get; init; }

    /// <summary>For posts: the id of the thread they answer.</summary>
    public string? Thread { get; init; }

    /// <summary>Two-digit province code of <see cref="Region"/>; null for national institutions (00.xx).</summary>
    public string? Province => Region.Length >= 2 && !Region.StartsWith("00", StringComparison.Ordinal) ? Region[..2] : null;

    /// <summary>Summary and body together: the text a "body" field of an index would hold.</summary>
    public string FullBody => string.IsNullOrEmpty(Summary) ? Body : Summary + "\n" + Body;
}
