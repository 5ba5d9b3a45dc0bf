using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>Checks of recommendation input, the same for every form. Keys live in RecommendationText.</summary>
public static class RecommendationChecks
{
    public static List<FieldError> Check(RecommendationInput input)
    {
        var errors = new List<FieldError>();
        var title = input.Title?.Trim();
        if (!ForumChecks.HasVisibleText(title))
        {
            errors.Add(new(nameof(input.Title), "Rec.TitleRequired"));
        }
        else if (title!.Length > RecommendationRules.TitleMax)
        {
            errors.Add(new(nameof(input.Title), "Rec.TitleTooLong", RecommendationRules.TitleMax, title.Length));
        }
        else if (HasControl(title))
        {
            errors.Add(new(nameof(input.Title), "Rec.ControlCharacters"));
        }

        var body = input.Body?.Trim();
        if (!ForumChecks.HasVisibleText(body))
        {
            errors.Add(new(nameof(input.Body), "Rec.BodyRequired"));
        }
        else if (body!.Length > RecommendationRules.BodyMax)
        {
            errors.Add(new(nameof(input.Body), "Rec.BodyTooLong", RecommendationRules.BodyMax, body.Length));
        }
        else if (HasControl(body))
        {
            errors.Add(new(nameof(input.Body), "Rec.ControlCharacters"));
        }

        Optional(errors, nameof(input.ChangeNote), input.ChangeNote, RecommendationRules.ChangeNoteMax);
        return errors;
    }

    /// <summary>A note or comment: at most <paramref name="max"/> characters, required when <paramref name="required"/>.</summary>
    public static List<FieldError> Note(string field, string? text, int max, bool required)
    {
        var errors = new List<FieldError>();
        if (required && !ForumChecks.HasVisibleText(text))
        {
            errors.Add(new(field, "Rec.NoteRequired"));
        }
        else
        {
            Optional(errors, field, text, max);
        }

        return errors;
    }

    /// <summary>The stored form of optional text: trimmed, null when nothing visible is left.</summary>
    public static string? Clean(string? text) => ForumChecks.HasVisibleText(text) ? text!.Trim() : null;

    private static void Optional(List<FieldError> errors, string field, string? text, int max)
    {
        var value = text?.Trim() ?? "";
        if (value.Length > max)
        {
            errors.Add(new(field, "Rec.TextTooLong", max, value.Length));
        }
        else if (HasControl(value))
        {
            errors.Add(new(field, "Rec.ControlCharacters"));
        }
    }

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
