using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// The forum's answer to "may this member write now": not while a suspension runs. A suspension ends by itself when
/// <see cref="UserSuspension.Until"/> passes, so nothing has to run at that moment.
/// </summary>
public sealed class ForumSuspensions(MarketplaceDbContext db, TimeProvider clock) : IForumSuspensions
{
    public Task<bool> IsSuspendedAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Active(userId, now).AnyAsync(cancellationToken);
    }

    /// <summary>The running suspension that ends last, or null.</summary>
    public async Task<UserSuspension?> ActiveAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var running = await Active(userId, now).AsNoTracking().ToListAsync(cancellationToken);
        return running.OrderByDescending(s => s.Until).FirstOrDefault();
    }

    private IQueryable<UserSuspension> Active(string userId, DateTimeOffset now) =>
        db.ForumSuspensions.Where(s => s.UserId == userId && s.LiftedAt == null && s.Until > now);
}
