using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Checks of moderation input, pure so they are unit tested; keys live in ModerationText.</summary>
public static class ModerationChecks
{
    public static List<FieldError> Check(FlagInput input)
    {
        var errors = new List<FieldError>();
        var note = Clean(input.Note);
        if (input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            errors.Add(new(nameof(input.Reason), "Flag.ReasonRequired"));
        }
        else if (reason == FlagReason.Lainnya && note is null)
        {
            errors.Add(new(nameof(input.Note), "Flag.NoteRequired"));
        }

        if (note is { Length: > ModerationRules.NoteMax })
        {
            errors.Add(new(nameof(input.Note), "Flag.NoteTooLong", ModerationRules.NoteMax, note.Length));
        }

        return errors;
    }

    public static List<FieldError> Check(ReasonInput input)
    {
        var errors = new List<FieldError>();
        Reason(errors, input.Reason);
        return errors;
    }

    public static List<FieldError> Check(SuspendInput input)
    {
        var errors = new List<FieldError>();
        if (input.Days is not { } days || days < ModerationRules.SuspendDaysMin || days > ModerationRules.SuspendDaysMax)
        {
            errors.Add(new(nameof(input.Days), "Suspend.DaysRange", ModerationRules.SuspendDaysMin, ModerationRules.SuspendDaysMax));
        }

        Reason(errors, input.Reason);
        return errors;
    }

    /// <summary>Trimmed text, or null when nothing visible is left.</summary>
    public static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static void Reason(List<FieldError> errors, string? text)
    {
        var reason = Clean(text);
        if (reason is null)
        {
            errors.Add(new("Reason", "Moderation.ReasonRequired"));
        }
        else if (reason.Length > ModerationRules.ReasonMax)
        {
            errors.Add(new("Reason", "Moderation.ReasonTooLong", ModerationRules.ReasonMax, reason.Length));
        }
    }
}
