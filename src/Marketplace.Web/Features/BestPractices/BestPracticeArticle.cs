namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// A Praktik Baik article: a Kurator's account of what worked somewhere, linked to the applications and regions it is
/// about so that their pages can point back to it. Only published articles are seen by anyone but a Kurator.
/// </summary>
public sealed class BestPracticeArticle
{
    public int Id { get; set; }

    /// <summary>Made from the first title and kept on later edits, so links stay valid; the address /praktik-baik/{slug}.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>One or two plain sentences for lists and the home page.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown, rendered only through the content feature's IMarkdownRenderer.</summary>
    public string Body { get; set; } = "";

    public required string AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Null while a draft.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Shown on the home page while published.</summary>
    public bool IsFeatured { get; set; }

    public List<ArticleApp> Apps { get; set; } = [];

    public List<ArticleRegion> Regions { get; set; } = [];
}

/// <summary>An application an article is about (one row each, so the application's page finds its articles by index).</summary>
public sealed class ArticleApp
{
    public int ArticleId { get; set; }

    public int AppId { get; set; }
}

/// <summary>A region an article is about, by Kemendagri code.</summary>
public sealed class ArticleRegion
{
    public int ArticleId { get; set; }

    public required string RegionCode { get; set; }
}
