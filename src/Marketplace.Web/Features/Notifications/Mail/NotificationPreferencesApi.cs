using System.Security.Claims;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// The caller's mail choices over the API: <c>GET</c> gives every choosable kind with its delivery, <c>PUT</c> takes some
/// of them (<c>{"Mention": "Off"}</c>) and answers the result. An unknown kind or delivery answers 400 (problem+json) and
/// saves nothing.
/// </summary>
public static class NotificationPreferencesApi
{
    public static RouteGroupBuilder MapNotificationPreferences(this RouteGroupBuilder api)
    {
        api.MapGet("/preferences", GetAsync)
            .WithName("GetNotificationPreferences")
            .WithSummary("The caller's e-mail choice for each kind of notification")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPut("/preferences", PutAsync)
            .WithName("SetNotificationPreferences")
            .WithSummary("Sets the caller's e-mail choice for some kinds of notification")
            .WithDescription("Body: an object of kind names (Mention, Reply, NewThread, AdoptionRequested, AdoptionMoved, Review, Moderation, Import, " +
                "Recommendation) to Immediately, DailyDigest or Off. Kinds left out keep their choice.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireRateLimiting(AccountRateLimits.Posting);

        return api;
    }

    internal static async Task<Ok<IReadOnlyDictionary<string, string>>> GetAsync(
        ClaimsPrincipal user, NotificationPreferences preferences, CancellationToken cancellationToken) =>
        TypedResults.Ok(Shown(await preferences.ForUserAsync(user.UserId()!, cancellationToken)));

    internal static async Task<Results<Ok<IReadOnlyDictionary<string, string>>, ProblemHttpResult>> PutAsync(
        Dictionary<string, string?> body, ClaimsPrincipal user, NotificationPreferences preferences, CancellationToken cancellationToken)
    {
        var parsed = PreferenceInput.Parse(body.Select(b => (b.Key, b.Value)));
        if (parsed.Error is { } error)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid notification preferences",
                detail: error.Kind is null ? $"Unknown kind of notification: {error.Name}." : $"Unknown delivery for {error.Name}; use Immediately, DailyDigest or Off.");
        }

        var userId = user.UserId()!;
        await preferences.SetAsync(userId, parsed.Choices, cancellationToken);
        return TypedResults.Ok(Shown(await preferences.ForUserAsync(userId, cancellationToken)));
    }

    private static IReadOnlyDictionary<string, string> Shown(IReadOnlyDictionary<NotificationKind, MailDelivery> choices) =>
        NotificationPreferences.Choosable.ToDictionary(k => k.ToString(), k => choices[k].ToString());
}
