using System.ComponentModel;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Published Praktik Baik articles, public like the pages that show them.</summary>
public static class BestPracticesApi
{
    public static IEndpointRouteBuilder MapBestPracticesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/best-practices").WithTags("Best practices").RequireAuthorization(TokenAuthentication.ApiPolicy)
            .MapGet("", ListAsync)
            .WithName("ListBestPractices")
            .WithSummary("Lists published Praktik Baik articles, newest first")
            .WithDescription("Drafts are never listed. Each article names the applications (by address) and regions (by Kemendagri code) it is about.");
        return app;
    }

    internal static async Task<Ok<List<BestPracticeResponse>>> ListAsync(ArticleService articles, CancellationToken cancellationToken)
    {
        var published = await articles.PublishedAsync(cancellationToken);
        var slugs = await articles.AppSlugsAsync(published.SelectMany(a => a.Apps).Select(l => l.AppId), cancellationToken);
        return TypedResults.Ok(published.Select(a => BestPracticeResponse.From(a, slugs)).ToList());
    }
}

/// <summary>One published article.</summary>
public sealed record BestPracticeResponse(
    [property: Description("The address /praktik-baik/{slug}.")] string Slug,
    string Title,
    string Summary,
    [property: Description("Markdown.")] string Body,
    string AuthorName,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    [property: Description("Shown on the home page.")] bool Featured,
    [property: Description("Addresses of the applications the article is about.")] IReadOnlyList<string> Apps,
    [property: Description("Kemendagri codes of the regions the article is about.")] IReadOnlyList<string> Regions)
{
    public static BestPracticeResponse From(BestPracticeArticle article, IReadOnlyDictionary<int, string> appSlugs) => new(
        article.Slug, article.Title, article.Summary, article.Body, article.AuthorName, article.PublishedAt ?? article.UpdatedAt,
        article.UpdatedAt, article.IsFeatured,
        article.Apps.Select(l => appSlugs.GetValueOrDefault(l.AppId)).OfType<string>().Order(StringComparer.Ordinal).ToList(),
        article.Regions.Select(r => r.RegionCode).Order(StringComparer.Ordinal).ToList());
}

/// <summary>A Kurator's last review of an application, as GET /api/v1/apps/{slug} shows it.</summary>
public sealed record CurationResponse(
    [property: Description("none, verified or praktik-baik.")] string State,
    [property: Description("The criteria met, for example open-licence or security-review.")] IReadOnlyList<string> Criteria,
    DateTimeOffset ReviewedAt,
    [property: Description("When a Kurator looks at the application again.")] DateOnly NextReviewOn)
{
    public static CurationResponse From(AppCuration curation) => new(
        Catalog.Api.ApiJson.Name(curation.State),
        CurationCriteria.Parse(curation.CriteriaMet).Select(c => Catalog.Api.ApiJson.Name(c)).ToList(),
        curation.ReviewedAt,
        curation.NextReviewOn);
}
