using System.Data.Common;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// Keeps <see cref="ApplicationUser.LastSeenAt"/> for signed-in users, to the nearest <see cref="Interval"/>: one update per
/// user per interval at most (remembered in memory, per node), nothing at all for visitors. The daily digest leaves out
/// what a user has been back to see since.
/// </summary>
internal sealed class LastSeenMiddleware(RequestDelegate next, IMemoryCache seen, TimeProvider clock, ILogger<LastSeenMiddleware> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext context, IServiceProvider services)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.UserId() is { } userId
            && !seen.TryGetValue(Key(userId), out _))
        {
            seen.Set(Key(userId), true, Interval);
            await RecordAsync(services.GetRequiredService<MarketplaceDbContext>(), userId, context.RequestAborted);
        }

        await next(context);
    }

    private static string Key(string userId) => "last-seen:" + userId;

    private async Task RecordAsync(MarketplaceDbContext db, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSeenAt, now), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the next one records the visit.
        }
        catch (DbException exception)
        {
            // A busy database must not fail the page; the visit is recorded next time.
            logger.LogWarning(exception, "Could not record the visit of {UserId}.", userId);
        }
    }
}
