using Marketplace.Web.Data;
using Marketplace.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>The users who may get notification mail: a confirmed address and an approved account.</summary>
internal static class MailRecipients
{
    public static async Task<Dictionary<string, MailRecipient>> FindAsync(MarketplaceDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.EmailConfirmed && u.ApprovedAt != null && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.Email, u.FullName, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => new MailRecipient(u.Id, u.Email!, u.FullName, MailCulture.Of(u.PreferredCulture)), StringComparer.Ordinal);
    }
}
