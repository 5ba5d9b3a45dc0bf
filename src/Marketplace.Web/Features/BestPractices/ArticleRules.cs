using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Limits and checks of an article that need no database; pure, so they are unit-tested.</summary>
public static class ArticleRules
{
    public const int TitleMax = 200;

    public const int SummaryMax = 300;

    public const int BodyMax = 20_000;

    /// <summary>More links than this is no longer "about" those applications or regions.</summary>
    public const int MaxLinks = 20;

    /// <summary>Addresses under /praktik-baik/ that are pages, never articles.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(["tulis", "kurasi"], StringComparer.Ordinal);

    /// <summary>The field refusals of <paramref name="input"/> that need no lookup.</summary>
    public static IReadOnlyList<FieldError> Check(ArticleInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, "Title", input.Title, TitleMax, required: true);
        Text(errors, "Summary", input.Summary, SummaryMax, required: true);
        Text(errors, "Body", input.Body, BodyMax, required: true);
        if (Split(input.AppSlugs).Count > MaxLinks)
        {
            errors.Add(new("AppSlugs", "Article.TooManyLinks", MaxLinks));
        }

        if (Split(input.RegionCodes).Count > MaxLinks)
        {
            errors.Add(new("RegionCodes", "Article.TooManyLinks", MaxLinks));
        }

        if (input.Featured && !input.Publish)
        {
            errors.Add(new("Featured", "Article.FeaturedNeedsPublish"));
        }

        if (input.Title is { } title && !string.IsNullOrWhiteSpace(title) && Slugs.From(title).Length == 0)
        {
            errors.Add(new("Title", "Article.TitleNeedsLetters"));
        }

        return errors;
    }

    /// <summary>"a, b\nc  a" → ["a", "b", "c"]: the distinct entries of a list typed by hand.</summary>
    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The address for a new article titled <paramref name="title"/>: its slug, or the slug with "-2", "-3"... when
    /// <paramref name="taken"/> says it is used or it names a page.
    /// </summary>
    public static string SlugFor(string title, Func<string, bool> taken)
    {
        var slug = Slugs.From(title);
        var candidate = slug;
        for (var n = 2; Reserved.Contains(candidate) || taken(candidate); n++)
        {
            var suffix = "-" + n;
            candidate = (slug.Length + suffix.Length > Slugs.MaxLength ? slug[..(Slugs.MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
        }

        return candidate;
    }

    private static void Text(List<FieldError> errors, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, $"Article.{field}Required"));
            }
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, "Article.TooLong", max, value.Length));
        }
    }
}
