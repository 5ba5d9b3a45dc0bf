using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum;

/// <summary>Checks of forum input, the same for the pages and the API. Keys live in ForumText.</summary>
public static class ForumChecks
{
    public static List<FieldError> Check(ThreadInput input, out IReadOnlyList<string> tags)
    {
        var errors = new List<FieldError>();
        var title = input.Title?.Trim();
        if (!HasVisibleText(title))
        {
            errors.Add(new(nameof(input.Title), "Forum.TitleRequired"));
        }
        else if (title!.Length > ForumRules.TitleMax)
        {
            errors.Add(new(nameof(input.Title), "Forum.TitleTooLong", ForumRules.TitleMax, title.Length));
        }
        else if (HasControl(title))
        {
            errors.Add(new(nameof(input.Title), "Forum.ControlCharacters"));
        }

        Body(errors, nameof(input.Body), input.Body);
        tags = ParseTags(input.Tags);
        if (tags.Count > ForumRules.TagsMax)
        {
            errors.Add(new(nameof(input.Tags), "Forum.TooManyTags", ForumRules.TagsMax));
        }

        return errors;
    }

    public static List<FieldError> Check(PostInput input)
    {
        var errors = new List<FieldError>();
        Body(errors, nameof(input.Body), input.Body);
        return errors;
    }

    /// <summary>"Satu Data, SPBE ,, satu data" → ["satu-data", "spbe"]: catalog slugs, distinct, each cut to the tag limit.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        (tags ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Slugs.From(t))
            .Select(t => t.Length > ForumRules.TagMax ? t[..ForumRules.TagMax].TrimEnd('-') : t)
            .Where(t => t.Length > 0).Distinct().ToList();

    /// <summary>The stored form of a body: as typed, without surrounding white space (every other character is kept).</summary>
    public static string Clean(string body) => body.Trim();

    private static void Body(List<FieldError> errors, string field, string? body)
    {
        if (!HasVisibleText(body))
        {
            errors.Add(new(field, "Forum.BodyRequired"));
        }
        else if (Clean(body!).Length > ForumRules.BodyMax)
        {
            errors.Add(new(field, "Forum.BodyTooLong", ForumRules.BodyMax, Clean(body!).Length));
        }
        else if (HasControl(body!))
        {
            errors.Add(new(field, "Forum.ControlCharacters"));
        }
    }

    /// <summary>
    /// Something a reader would see: not only white space, nor only invisible format characters (zero-width spaces and
    /// joiners, direction marks), which a post of nothing but would look empty.
    /// </summary>
    public static bool HasVisibleText(string? text) =>
        text is not null && text.Any(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
