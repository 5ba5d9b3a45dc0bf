using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Notifications.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Notifications.Api;

/// <summary>
/// The caller's own notifications over the API (session cookie or personal access token): a keyset-paged list, newest
/// first, with the sentence rendered in the request's language, and marking one read. Nobody else's rows are reachable:
/// another user's id answers 404. Anonymous callers get 401.
/// </summary>
public static class NotificationApi
{
    public static IEndpointRouteBuilder MapNotificationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications")
            .RequireAuthorization(TokenAuthentication.ApiPolicy).RequireAuthorization();

        api.MapGet("", ListAsync)
            .WithName("ListNotifications")
            .WithSummary("Lists the caller's notifications, newest first")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithDescription("unread=true gives only unread ones; pass the answer's next as before for the following page.");

        api.MapPost("/{id:long}/read", ReadAsync)
            .WithName("ReadNotification")
            .WithSummary("Marks one of the caller's notifications read")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(AccountRateLimits.Posting)
            .WithDescription("Idempotent. Another user's or an unknown id answers 404.");

        api.MapNotificationPreferences();
        return app;
    }

    internal static async Task<Ok<NotificationListResponse>> ListAsync(
        [Description("Only unread notifications.")] bool? unread,
        [Description("The id after which to continue (the previous answer's next).")] long? before,
        [Description("How many, 1 to 100 (20 without it).")] int? limit,
        ClaimsPrincipal user, NotificationService notifications, IStringLocalizer<NotificationsText> text, CancellationToken cancellationToken)
    {
        var userId = user.UserId()!;
        var page = await notifications.ListAsync(userId, unread == true, before, limit ?? 20, cancellationToken);
        var unreadCount = await notifications.UnreadCountAsync(userId, cancellationToken);
        return TypedResults.Ok(new NotificationListResponse(
            [.. page.Items.Select(n => NotificationResponse.From(NotificationView.From(n, text)))], page.Next, unreadCount));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ReadAsync(
        [Description("The notification's id.")] long id, ClaimsPrincipal user, NotificationService notifications, CancellationToken cancellationToken) =>
        await notifications.MarkReadAsync(user.UserId()!, id, cancellationToken) is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No notification {id}.")
            : TypedResults.NoContent();
}

/// <summary>One page of notifications; <c>next</c> is null on the last page.</summary>
public sealed record NotificationListResponse(IReadOnlyList<NotificationResponse> Items, long? Next, int Unread);

/// <summary>A notification as the API shows it; <c>text</c> is in the request's language.</summary>
public sealed record NotificationResponse(
    long Id, string Kind, string Text, string? Excerpt, string Url, string? ActorName, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(NotificationView view) =>
        new(view.Id, view.Kind.ToString(), view.Text, view.Excerpt, view.Url, view.ActorName, view.CreatedAt, view.ReadAt);
}
