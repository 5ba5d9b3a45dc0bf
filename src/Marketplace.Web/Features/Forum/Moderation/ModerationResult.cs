using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>How a flag or a moderator's action ended.</summary>
public enum ModerationStatus
{
    Done,

    /// <summary>Nothing changed, for a reason the person should read (already flagged, already restored...).</summary>
    Conflict,
    Invalid,
    NotFound,
    SignInRequired,
    Forbidden,
}

/// <summary>
/// The answer of <see cref="FlagService"/> and <see cref="ModerationService"/>: a message (a ModerationText key with its
/// arguments) and where to go next, or the field errors of the form.
/// </summary>
public sealed record ModerationResult(ModerationStatus Status, string? Key, object[] Args, IReadOnlyList<FieldError> Errors, string? Url)
{
    public static ModerationResult Done(string key, string url, params object[] args) => new(ModerationStatus.Done, key, args, [], url);

    public static ModerationResult Conflict(string key, string? url, params object[] args) => new(ModerationStatus.Conflict, key, args, [], url);

    public static ModerationResult Invalid(IReadOnlyList<FieldError> errors) => new(ModerationStatus.Invalid, null, [], errors, null);

    public static ModerationResult Refused(ModerationStatus status) => new(status, null, [], [], null);
}
