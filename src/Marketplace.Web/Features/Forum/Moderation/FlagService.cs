using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Members flag posts. When open flags on a post come from <see cref="ModerationRules.HideThreshold"/> different members
/// the post is hidden until a moderator reviews it. The flag is inserted and the flags re-counted in one transaction, and
/// the post is hidden only by an update that requires it to be visible still: two simultaneous third flags hide it once
/// and write one log line.
/// </summary>
public sealed class FlagService(MarketplaceDbContext db, ForumService forum, ModerationNotifier notifier, TimeProvider clock)
{
    /// <summary>The text that takes the place of a post hidden by flags (stored, so it reads the same for everyone).</summary>
    public const string AutomaticReason = "Disembunyikan sementara setelah ditandai oleh 3 anggota; menunggu peninjauan moderator";

    /// <summary>Whether <paramref name="user"/> may flag <paramref name="post"/> (which they can already read).</summary>
    public static bool CanFlag(ClaimsPrincipal user, Post post) =>
        ForumPermissions.IsSignedIn(user) && !string.IsNullOrEmpty(user.RegionCode())
        && post.AuthorId != user.UserId() && post.DeletedAt is null && post.HiddenAt is null;

    public async Task<ModerationResult> FlagAsync(ClaimsPrincipal user, int postId, FlagInput input, CancellationToken cancellationToken)
    {
        if (user.UserId() is not { } userId)
        {
            return ModerationResult.Refused(ModerationStatus.SignInRequired);
        }

        var post = await forum.FindPostAsync(postId, cancellationToken);
        if (post is null || post.DeletedAt is not null)
        {
            return ModerationResult.Refused(ModerationStatus.NotFound);
        }

        var view = await forum.FindThreadAsync(user, post.ThreadId, cancellationToken);
        if (view.Value is not { } found)
        {
            return ModerationResult.Refused(view.Status == ForumStatus.SignInRequired ? ModerationStatus.SignInRequired : ModerationStatus.NotFound);
        }

        var url = Quoting.PostUrl(found.Thread.Id, found.Thread.Title, post.Number);
        if (string.IsNullOrEmpty(user.RegionCode()))
        {
            return ModerationResult.Refused(ModerationStatus.Forbidden);
        }

        if (post.AuthorId == userId)
        {
            return ModerationResult.Conflict("Flag.OwnPost", url);
        }

        if (post.HiddenAt is not null)
        {
            return ModerationResult.Conflict("Flag.AlreadyHidden", url);
        }

        if (await db.ForumPostFlags.AnyAsync(f => f.PostId == postId && f.UserId == userId, cancellationToken))
        {
            return ModerationResult.Conflict("Flag.AlreadyFlagged", url);
        }

        var errors = ModerationChecks.Check(input);
        if (errors.Count > 0)
        {
            return ModerationResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var hidden = false;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.ForumPostFlags.Add(new PostFlag
            {
                PostId = postId,
                UserId = userId,
                UserName = user.DisplayName(),
                Reason = input.Reason!.Value,
                Note = ModerationChecks.Clean(input.Note),
                CreatedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same member flagged the same post at the same moment in another request: theirs counts.
                db.ChangeTracker.Clear();
                return ModerationResult.Conflict("Flag.AlreadyFlagged", url);
            }

            var flaggers = await db.ForumPostFlags.Where(f => f.PostId == postId && f.ResolvedAt == null).Select(f => f.UserId).Distinct().CountAsync(cancellationToken);
            if (flaggers >= ModerationRules.HideThreshold)
            {
                hidden = await db.ForumPosts.Where(p => p.Id == postId && p.HiddenAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenAt, now).SetProperty(p => p.HiddenReason, AutomaticReason), cancellationToken) == 1;
                if (hidden)
                {
                    db.ForumModerationLog.Add(ModerationLog.Entry(null, ModerationAction.PostHidden, now, post.ThreadId, post.Id, post.AuthorId, post.AuthorName, AutomaticReason));
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (hidden)
        {
            post.HiddenAt = now;
            post.HiddenReason = AutomaticReason;
            await notifier.TellAsync(o => o.PostHiddenAsync(found.Thread, post, AutomaticReason, automatic: true, cancellationToken));
        }

        return ModerationResult.Done("Flag.Saved", url, post.Number);
    }
}
