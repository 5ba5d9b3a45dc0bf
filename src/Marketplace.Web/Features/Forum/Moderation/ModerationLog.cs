using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Makes audit log lines. Callers add the line to the same DbContext before the SaveChanges of the action, so the
/// action and its line are saved together or not at all.
/// </summary>
public static class ModerationLog
{
    /// <summary>A line for an action by <paramref name="actor"/>, or by the system when <paramref name="actor"/> is null.</summary>
    public static ModerationLogEntry Entry(
        ClaimsPrincipal? actor, ModerationAction action, DateTimeOffset at, int? threadId = null, int? postId = null,
        string? subjectUserId = null, string? subjectUserName = null, string? reason = null, string? detail = null) => new()
        {
            At = at,
            ActorId = actor?.UserId(),
            ActorName = actor?.DisplayName(),
            Action = action,
            ThreadId = threadId,
            PostId = postId,
            SubjectUserId = subjectUserId,
            SubjectUserName = Cap(subjectUserName, 200),
            Reason = Cap(reason, ModerationRules.ReasonMax),
            Detail = Cap(detail, ModerationRules.DetailMax),
        };

    private static string? Cap(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
