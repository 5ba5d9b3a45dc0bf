using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// Reads and writes pokja recommendations for the pages and the API, asking <see cref="RecommendationRules"/> first.
/// Every edit is a new <see cref="RecommendationVersion"/>; every edit and state change raises
/// <see cref="Recommendation.Revision"/> (a concurrency token), so a form shown before someone else's change is refused
/// with 409 and changes nothing. Reviews belong to one version: after an edit the old version's reviews no longer count.
/// </summary>
public sealed class RecommendationService(
    MarketplaceDbContext db, IForumSuspensions suspensions, IEnumerable<IRecommendationObserver> observers, TimeProvider clock, ILogger<RecommendationService> logger)
{
    /// <summary>The actor as the rules see them on <paramref name="board"/>.</summary>
    public async Task<RecommendationActor> ActorAsync(ClaimsPrincipal user, Board board, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsSignedIn(user) || user.UserId() is not { } userId)
        {
            return RecommendationActor.Anonymous;
        }

        var member = await db.ForumBoardMembers.AnyAsync(m => m.BoardId == board.Id && m.UserId == userId, cancellationToken);
        return new(true, member, ForumPermissions.IsModerator(user));
    }

    /// <summary>The thread a recommendation would come from, with its board, if <paramref name="user"/> may write one from it.</summary>
    public async Task<RecommendationResult<ThreadView>> FindSourceAsync(ClaimsPrincipal user, int threadId, CancellationToken cancellationToken)
    {
        var thread = await db.ForumThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId && t.DeletedAt == null, cancellationToken);
        if (thread is null)
        {
            return RecommendationResult<ThreadView>.Refused(RecommendationStatus.NotFound);
        }

        var board = await db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == thread.BoardId, cancellationToken);
        if (!ForumPermissions.CanRead(user, board))
        {
            return RecommendationResult<ThreadView>.Refused(RecommendationStatus.SignInRequired);
        }

        var decision = await DecideWriteAsync(user, RecommendationAction.Create, null, await ActorAsync(user, board, cancellationToken), board.Kind, cancellationToken);
        return decision.IsAllowed ? RecommendationResult<ThreadView>.Done(new(thread, board)) : RecommendationResult<ThreadView>.From(decision);
    }

    public async Task<RecommendationResult<Recommendation>> CreateAsync(ClaimsPrincipal user, int threadId, RecommendationInput input, CancellationToken cancellationToken)
    {
        var source = await FindSourceAsync(user, threadId, cancellationToken);
        if (source.Value is not { } view)
        {
            return new(source.Status, null, source.Errors);
        }

        var errors = RecommendationChecks.Check(input);
        if (errors.Count > 0)
        {
            return RecommendationResult<Recommendation>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var title = input.Title!.Trim();
        var recommendation = new Recommendation
        {
            BoardId = view.Board.Id,
            SourceThreadId = view.Thread.Id,
            Title = title,
            State = RecommendationState.Draf,
            CurrentVersion = 1,
            CreatedById = user.UserId()!,
            CreatedByName = user.DisplayName(),
            CreatedAt = now,
            UpdatedAt = now,
            Revision = 1,
            Events = [new() { From = null, To = RecommendationState.Draf, ById = user.UserId()!, ByName = user.DisplayName(), At = now }],
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ForumRecommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        db.ForumRecommendationVersions.Add(NewVersion(user, recommendation.Id, 1, title, input, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RecommendationResult<Recommendation>.Done(recommendation);
    }

    /// <summary>
    /// The recommendation with version <paramref name="versionNumber"/> (the current one when null) if <paramref name="user"/>
    /// may read it: the board's read access, and drafts only for the pokja and Kurator. Anything else is not found.
    /// </summary>
    public async Task<RecommendationResult<RecommendationView>> FindAsync(ClaimsPrincipal user, int id, int? versionNumber, CancellationToken cancellationToken)
    {
        var recommendation = await db.ForumRecommendations.AsNoTracking().Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return RecommendationResult<RecommendationView>.Refused(RecommendationStatus.NotFound);
        }

        var board = await db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == recommendation.BoardId, cancellationToken);
        if (!ForumPermissions.CanRead(user, board))
        {
            return RecommendationResult<RecommendationView>.Refused(RecommendationStatus.SignInRequired);
        }

        var actor = await ActorAsync(user, board, cancellationToken);
        if (!RecommendationRules.CanSee(recommendation.State, actor))
        {
            return RecommendationResult<RecommendationView>.Refused(RecommendationStatus.NotFound);
        }

        var number = versionNumber ?? recommendation.CurrentVersion;
        var shown = await db.ForumRecommendationVersions.AsNoTracking().SingleOrDefaultAsync(v => v.RecommendationId == id && v.Number == number, cancellationToken);
        if (shown is null)
        {
            return RecommendationResult<RecommendationView>.Refused(RecommendationStatus.NotFound);
        }

        var versions = await db.ForumRecommendationVersions.AsNoTracking().Where(v => v.RecommendationId == id).OrderByDescending(v => v.Number)
            .Select(v => new RecommendationVersion { Id = v.Id, RecommendationId = v.RecommendationId, Number = v.Number, Title = v.Title, Body = "", ChangeNote = v.ChangeNote, AuthorId = v.AuthorId, AuthorName = v.AuthorName, CreatedAt = v.CreatedAt })
            .ToListAsync(cancellationToken);
        var reviews = await db.ForumRecommendationReviews.AsNoTracking().Where(r => r.RecommendationId == id && r.VersionNumber == recommendation.CurrentVersion)
            .OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var thread = await db.ForumThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == recommendation.SourceThreadId && t.DeletedAt == null, cancellationToken);
        recommendation.Events = [.. recommendation.Events.OrderBy(e => e.At).ThenBy(e => e.Id)];
        return RecommendationResult<RecommendationView>.Done(new(recommendation, board, thread, shown, versions, reviews, actor));
    }

    /// <summary>A new version with the edited title and body; the state stays, reviews of the older version stop counting.</summary>
    public async Task<RecommendationResult<Recommendation>> EditAsync(ClaimsPrincipal user, int id, RecommendationInput input, CancellationToken cancellationToken)
    {
        var (recommendation, refusal) = await LoadForWriteAsync(user, id, RecommendationAction.Edit, input.Revision, cancellationToken);
        if (recommendation is null)
        {
            return refusal!;
        }

        var errors = RecommendationChecks.Check(input);
        if (errors.Count > 0)
        {
            return RecommendationResult<Recommendation>.Invalid(errors);
        }

        var current = await db.ForumRecommendationVersions.AsNoTracking().SingleAsync(v => v.RecommendationId == id && v.Number == recommendation.CurrentVersion, cancellationToken);
        var title = input.Title!.Trim();
        if (current.Title == title && current.Body == input.Body!.Trim())
        {
            return RecommendationResult<Recommendation>.Invalid([new(nameof(input.Body), "Rec.Unchanged")]);
        }

        var now = clock.GetUtcNow();
        recommendation.CurrentVersion++;
        recommendation.Title = title;
        recommendation.UpdatedAt = now;
        recommendation.Revision++;
        db.ForumRecommendationVersions.Add(NewVersion(user, id, recommendation.CurrentVersion, title, input, now));
        return await SaveAsync(recommendation, cancellationToken);
    }

    /// <summary>Submit (Draf → Ditinjau), endorse (→ Disahkan), return to draft (with a note) or withdraw (→ Ditarik).</summary>
    public async Task<RecommendationResult<Recommendation>> MoveAsync(
        ClaimsPrincipal user, int id, RecommendationAction action, RecommendationMoveInput input, CancellationToken cancellationToken)
    {
        if (action is not (RecommendationAction.Submit or RecommendationAction.Endorse or RecommendationAction.Return or RecommendationAction.Withdraw))
        {
            return RecommendationResult<Recommendation>.Refused(RecommendationStatus.NotFound);
        }

        var (recommendation, refusal) = await LoadForWriteAsync(user, id, action, input.Revision, cancellationToken);
        if (recommendation is null)
        {
            return refusal!;
        }

        var errors = RecommendationChecks.Note(nameof(input.Note), input.Note, RecommendationRules.NoteMax, RecommendationRules.NoteRequired(action));
        if (errors.Count > 0)
        {
            return RecommendationResult<Recommendation>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var to = RecommendationRules.Target(action, recommendation.State);
        recommendation.Events.Add(new() { From = recommendation.State, To = to, ById = user.UserId()!, ByName = user.DisplayName(), At = now, Note = RecommendationChecks.Clean(input.Note) });
        recommendation.State = to;
        recommendation.UpdatedAt = now;
        recommendation.Revision++;
        if (action == RecommendationAction.Endorse)
        {
            recommendation.EndorsedById = user.UserId();
            recommendation.EndorsedByName = user.DisplayName();
            recommendation.EndorsedAt = now;
        }

        var saved = await SaveAsync(recommendation, cancellationToken);
        if (saved.Status == RecommendationStatus.Done && action == RecommendationAction.Endorse)
        {
            await TellAsync(o => o.EndorsedAsync(recommendation, user.UserId()!, cancellationToken));
        }

        return saved;
    }

    /// <summary>A pokja member's verdict on the current version; a second one from the same member replaces the first.</summary>
    public async Task<RecommendationResult<RecommendationReview>> ReviewAsync(ClaimsPrincipal user, int id, RecommendationReviewInput input, CancellationToken cancellationToken)
    {
        var (recommendation, refusal) = await LoadForWriteAsync(user, id, RecommendationAction.Review, null, cancellationToken);
        if (recommendation is null)
        {
            return new(refusal!.Status, null, refusal.Errors);
        }

        if (input.VersionNumber is { } seen && seen != recommendation.CurrentVersion)
        {
            return RecommendationResult<RecommendationReview>.Refused(RecommendationStatus.Conflict, "Rec.Stale");
        }

        var errors = RecommendationChecks.Note(nameof(input.Comment), input.Comment, RecommendationRules.CommentMax, required: input.Verdict == ReviewVerdict.PerluPerbaikan);
        if (input.Verdict is null)
        {
            errors.Insert(0, new(nameof(input.Verdict), "Rec.VerdictRequired"));
        }

        if (errors.Count > 0)
        {
            return RecommendationResult<RecommendationReview>.Invalid(errors);
        }

        var userId = user.UserId()!;
        var review = await db.ForumRecommendationReviews.SingleOrDefaultAsync(
            r => r.RecommendationId == id && r.VersionNumber == recommendation.CurrentVersion && r.UserId == userId, cancellationToken);
        if (review is null)
        {
            review = new RecommendationReview { RecommendationId = id, VersionNumber = recommendation.CurrentVersion, UserId = userId };
            db.ForumRecommendationReviews.Add(review);
        }

        review.UserName = user.DisplayName();
        review.RegionCode = user.RegionCode() ?? "";
        review.Verdict = input.Verdict!.Value;
        review.Comment = RecommendationChecks.Clean(input.Comment);
        review.At = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member sent the form twice at once: the other request saved their verdict.
            return RecommendationResult<RecommendationReview>.Refused(RecommendationStatus.Conflict, "Rec.Stale");
        }

        return RecommendationResult<RecommendationReview>.Done(review);
    }

    /// <summary>The board's recommendations <paramref name="user"/> may see: endorsed first, then under review, drafts, withdrawn.</summary>
    public async Task<List<Recommendation>> ListForBoardAsync(ClaimsPrincipal user, Board board, CancellationToken cancellationToken, params RecommendationState[] states)
    {
        var actor = await ActorAsync(user, board, cancellationToken);
        var query = db.ForumRecommendations.AsNoTracking().Where(r => r.BoardId == board.Id);
        if (states.Length > 0)
        {
            query = query.Where(r => states.Contains(r.State));
        }

        var rows = await query.OrderByDescending(r => r.UpdatedAt).Take(500).ToListAsync(cancellationToken);
        return rows.Where(r => RecommendationRules.CanSee(r.State, actor))
            .OrderBy(r => RecommendationRules.ListOrder(r.State)).ThenByDescending(r => r.EndorsedAt ?? r.UpdatedAt).ToList();
    }

    /// <summary>The recommendations made from a thread that <paramref name="user"/> may see.</summary>
    public async Task<List<Recommendation>> ForThreadAsync(ClaimsPrincipal user, Board board, int threadId, CancellationToken cancellationToken)
    {
        var rows = await db.ForumRecommendations.AsNoTracking().Where(r => r.SourceThreadId == threadId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return rows;
        }

        var actor = await ActorAsync(user, board, cancellationToken);
        return rows.Where(r => RecommendationRules.CanSee(r.State, actor)).ToList();
    }

    /// <summary>The board's address by id, for links from lists that only hold the recommendation.</summary>
    public Task<Board?> BoardAsync(int boardId, CancellationToken cancellationToken) =>
        db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Id == boardId, cancellationToken);

    public static string Url(int id, string title) => $"/forum/rekomendasi/{id}/{Quoting.ThreadSlug(title)}";

    private async Task<RuleDecision> DecideWriteAsync(ClaimsPrincipal user, RecommendationAction action, RecommendationState? state, RecommendationActor actor, BoardKind kind, CancellationToken cancellationToken)
    {
        var decision = RecommendationRules.Decide(action, state, actor, kind);
        return decision.IsAllowed && await suspensions.IsSuspendedAsync(user.UserId()!, cancellationToken)
            ? new(RuleVerdict.Forbidden, "Rec.Suspended")
            : decision;
    }

    private async Task<(Recommendation? Recommendation, RecommendationResult<Recommendation>? Refusal)> LoadForWriteAsync(
        ClaimsPrincipal user, int id, RecommendationAction action, int? seenRevision, CancellationToken cancellationToken)
    {
        var recommendation = await db.ForumRecommendations.Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (recommendation is null)
        {
            return (null, RecommendationResult<Recommendation>.Refused(RecommendationStatus.NotFound));
        }

        var board = await db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == recommendation.BoardId, cancellationToken);
        var actor = await ActorAsync(user, board, cancellationToken);
        if (!ForumPermissions.CanRead(user, board) || !actor.SignedIn)
        {
            return (null, RecommendationResult<Recommendation>.Refused(RecommendationStatus.SignInRequired));
        }

        if (!RecommendationRules.CanSee(recommendation.State, actor))
        {
            return (null, RecommendationResult<Recommendation>.Refused(RecommendationStatus.NotFound));
        }

        var decision = await DecideWriteAsync(user, action, recommendation.State, actor, board.Kind, cancellationToken);
        if (!decision.IsAllowed)
        {
            return (null, RecommendationResult<Recommendation>.From(decision));
        }

        return seenRevision is { } seen && seen != recommendation.Revision
            ? (null, RecommendationResult<Recommendation>.Refused(RecommendationStatus.Conflict, "Rec.Stale"))
            : (recommendation, null);
    }

    private async Task<RecommendationResult<Recommendation>> SaveAsync(Recommendation recommendation, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RecommendationResult<Recommendation>.Done(recommendation);
        }
        catch (DbUpdateException)
        {
            // Someone else saved between our read and our write (the revision moved, or took version n+1 first): nothing of ours is kept.
            db.ChangeTracker.Clear();
            return RecommendationResult<Recommendation>.Refused(RecommendationStatus.Conflict, "Rec.Stale");
        }
    }

    private static RecommendationVersion NewVersion(ClaimsPrincipal user, int recommendationId, int number, string title, RecommendationInput input, DateTimeOffset now) => new()
    {
        RecommendationId = recommendationId,
        Number = number,
        Title = title,
        Body = input.Body!.Trim(),
        ChangeNote = RecommendationChecks.Clean(input.ChangeNote),
        AuthorId = user.UserId()!,
        AuthorName = user.DisplayName(),
        CreatedAt = now,
    };

    private Task TellAsync(Func<IRecommendationObserver, Task> call) => Observers.TellAllAsync(observers, call, logger);
}
