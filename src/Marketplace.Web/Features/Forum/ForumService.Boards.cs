using System.Globalization;
using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum;

/// <summary>Boards that are made on demand (one per shared application) and pokja membership, managed by a Kurator.</summary>
public sealed partial class ForumService
{
    /// <summary>The discussion board of a shared application, created the first time someone opens it (see ForumRegistration).</summary>
    public async Task<Board> EnsureAppBoardAsync(SharedApp app, CancellationToken cancellationToken)
    {
        if (await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.AppId == app.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var board = new Board
        {
            Slug = AppBoardSlug(app.Slug),
            Name = app.Name,
            Description = app.Summary ?? "",
            Kind = BoardKind.Aplikasi,
            AppId = app.Id,
            ReadAccess = BoardReadAccess.Public,
            PostAccess = BoardPostAccess.Members,
            Order = 1000,
        };
        if (board.Name.Length > ForumRules.NameMax)
        {
            board.Name = board.Name[..ForumRules.NameMax];
        }

        if (board.Description.Length > ForumRules.DescriptionMax)
        {
            board.Description = board.Description[..ForumRules.DescriptionMax];
        }

        db.ForumBoards.Add(board);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return board;
        }
        catch (DbUpdateException)
        {
            // Someone opened the same discussion at the same moment; theirs is the board.
            db.Entry(board).State = EntityState.Detached;
            return await db.ForumBoards.AsNoTracking().SingleAsync(b => b.AppId == app.Id, cancellationToken);
        }
    }

    public static string AppBoardSlug(string appSlug) => "aplikasi-" + appSlug;

    public async Task<List<(BoardMember Member, string Name, string Email, string RegionCode)>> MembersAsync(int boardId, CancellationToken cancellationToken)
    {
        var rows = await db.ForumBoardMembers.AsNoTracking().Where(m => m.BoardId == boardId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u.FullName, u.Email, u.RegionCode })
            .OrderBy(r => r.FullName).ToListAsync(cancellationToken);
        return rows.Select(r => (r.m, r.FullName, r.Email ?? "", r.RegionCode)).ToList();
    }

    /// <summary>A Kurator adds the account with <paramref name="email"/> to a pokja board; adding a member twice changes nothing.</summary>
    public async Task<ForumResult<BoardMember>> AddMemberAsync(ClaimsPrincipal user, Board board, string? email, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.CanManageMembers(user, board))
        {
            return ForumResult<BoardMember>.Refused(ForumStatus.Forbidden);
        }

        var normalized = email?.Trim().ToUpperInvariant();
        var account = string.IsNullOrEmpty(normalized) ? null
            : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized && u.ApprovedAt != null, cancellationToken);
        if (account is null)
        {
            return ForumResult<BoardMember>.Invalid([new("Email", "Forum.UnknownMember", email?.Trim() ?? "")]);
        }

        var existing = await db.ForumBoardMembers.SingleOrDefaultAsync(m => m.BoardId == board.Id && m.UserId == account.Id, cancellationToken);
        if (existing is not null)
        {
            return ForumResult<BoardMember>.Done(existing);
        }

        var member = new BoardMember { BoardId = board.Id, UserId = account.Id, AddedAt = clock.GetUtcNow(), AddedByName = user.DisplayName() };
        db.ForumBoardMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return ForumResult<BoardMember>.Done(member);
    }

    public async Task<ForumStatus> RemoveMemberAsync(ClaimsPrincipal user, Board board, string userId, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.CanManageMembers(user, board))
        {
            return ForumStatus.Forbidden;
        }

        await db.ForumBoardMembers.Where(m => m.BoardId == board.Id && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return ForumStatus.Done;
    }
}
