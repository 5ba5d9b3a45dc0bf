using System.Security.Claims;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Suspending a member from writing for 1–365 days, and lifting it early. A moderator cannot suspend themself, nor a
/// Kurator or Administrator (they are moderators: a dispute between them is not settled by a suspension).
/// </summary>
public sealed partial class ModerationService
{
    /// <summary>The member to suspend (an approved account), or null.</summary>
    public Task<ApplicationUser?> FindUserAsync(string? userId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(userId) ? Task.FromResult<ApplicationUser?>(null)
            : db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);

    /// <summary>Suspensions running now, ending soonest first, with the member's name.</summary>
    public async Task<List<(UserSuspension Suspension, string Name)>> ActiveSuspensionsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.ForumSuspensions.AsNoTracking().Where(s => s.LiftedAt == null && s.Until > now)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s, u.FullName }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.s.Until).Select(r => (r.s, r.FullName)).Take(200).ToList();
    }

    public async Task<ModerationResult> SuspendAsync(ClaimsPrincipal user, string? userId, SuspendInput input, int? postId, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsModerator(user))
        {
            return Refusal(user);
        }

        if (await FindUserAsync(userId, cancellationToken) is not { } member)
        {
            return ModerationResult.Refused(ModerationStatus.NotFound);
        }

        const string back = "/forum/moderasi/skors";
        if (member.Id == user.UserId())
        {
            return ModerationResult.Conflict("Suspend.Self", back);
        }

        var moderatorRoles = new[] { Roles.Kurator, Roles.Administrator };
        var isModerator = await db.UserRoles.Where(r => r.UserId == member.Id)
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => role.Name).AnyAsync(name => moderatorRoles.Contains(name!), cancellationToken);
        if (isModerator)
        {
            return ModerationResult.Conflict("Suspend.Moderator", back, member.FullName);
        }

        var errors = ModerationChecks.Check(input);
        if (errors.Count > 0)
        {
            return ModerationResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var running = await db.ForumSuspensions.AsNoTracking().Where(s => s.UserId == member.Id && s.LiftedAt == null && s.Until > now)
            .Select(s => s.Until).ToListAsync(cancellationToken);
        if (running.Count > 0)
        {
            return ModerationResult.Conflict("Suspend.Already", back, member.FullName, ForumFormat.When(running.Max()));
        }

        var reason = ModerationChecks.Clean(input.Reason)!;
        var suspension = new UserSuspension
        {
            UserId = member.Id,
            Until = now.AddDays(input.Days!.Value),
            Reason = reason,
            ById = user.UserId()!,
            ByName = user.DisplayName(),
            CreatedAt = now,
        };
        db.ForumSuspensions.Add(suspension);
        var post = postId is { } id ? await db.ForumPosts.AsNoTracking().Where(p => p.Id == id && p.AuthorId == member.Id).Select(p => new { p.Id, p.ThreadId }).SingleOrDefaultAsync(cancellationToken) : null;
        db.ForumModerationLog.Add(ModerationLog.Entry(user, ModerationAction.UserSuspended, now, post?.ThreadId, post?.Id, member.Id, member.FullName,
            reason: reason, detail: ForumFormat.Iso(suspension.Until)));
        await db.SaveChangesAsync(cancellationToken);
        await notifier.TellAsync(o => o.UserSuspendedAsync(suspension, cancellationToken));
        return ModerationResult.Done("Suspend.Done", back, member.FullName, ForumFormat.When(suspension.Until));
    }

    public async Task<ModerationResult> LiftAsync(ClaimsPrincipal user, int suspensionId, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsModerator(user))
        {
            return Refusal(user);
        }

        const string back = "/forum/moderasi/skors";
        var suspension = await db.ForumSuspensions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == suspensionId, cancellationToken);
        if (suspension is null)
        {
            return ModerationResult.Refused(ModerationStatus.NotFound);
        }

        var member = await FindUserAsync(suspension.UserId, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lifted = await db.ForumSuspensions.Where(s => s.Id == suspensionId && s.LiftedAt == null && s.Until > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LiftedAt, now).SetProperty(x => x.LiftedById, user.UserId()), cancellationToken);
        if (lifted == 0)
        {
            return ModerationResult.Conflict("Suspend.NotActive", back, member?.FullName ?? "");
        }

        db.ForumModerationLog.Add(ModerationLog.Entry(user, ModerationAction.SuspensionLifted, now, subjectUserId: suspension.UserId, subjectUserName: member?.FullName,
            reason: suspension.Reason));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done("Suspend.Lifted", back, member?.FullName ?? "");
    }

    /// <summary>
    /// A page of the audit log, newest first, optionally of one action: lines with an id below <paramref name="before"/>,
    /// one index range whatever the page. Returns the cursor of the next page when there is one.
    /// </summary>
    public async Task<(List<ModerationLogEntry> Entries, long? Next)> LogAsync(ModerationAction? action, long? before, CancellationToken cancellationToken)
    {
        var query = db.ForumModerationLog.AsNoTracking();
        if (action is { } only)
        {
            query = query.Where(e => e.Action == only);
        }

        if (before is { } cursor)
        {
            query = query.Where(e => e.Id < cursor);
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(ModerationRules.LogPageSize + 1).ToListAsync(cancellationToken);
        var next = rows.Count > ModerationRules.LogPageSize ? rows[ModerationRules.LogPageSize - 1].Id : (long?)null;
        return (rows.Take(ModerationRules.LogPageSize).ToList(), next);
    }
}
