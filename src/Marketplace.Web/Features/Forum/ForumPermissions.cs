using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// Who reads and writes where. Reading: public boards for everyone, members-only boards for signed-in members.
/// Posting: signed-in (hence approved) members of a region; on a pokja board only its members, Kurator and Administrator.
/// Moderators (Kurator, Administrator) pin, lock, edit and delete anything, and may still reply in a locked thread.
/// </summary>
public static class ForumPermissions
{
    public static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static bool IsModerator(ClaimsPrincipal user) => user.IsInRole(Roles.Kurator) || user.IsInRole(Roles.Administrator);

    public static bool CanRead(ClaimsPrincipal user, Board board) => board.ReadAccess == BoardReadAccess.Public || IsSignedIn(user);

    /// <summary>Posting on the board, given whether the user is one of its pokja members.</summary>
    public static bool CanPost(ClaimsPrincipal user, Board board, bool isPokjaMember) =>
        IsSignedIn(user) && !string.IsNullOrEmpty(user.RegionCode())
        && (board.PostAccess == BoardPostAccess.Members || isPokjaMember || IsModerator(user));

    public static bool CanManageMembers(ClaimsPrincipal user, Board board) => board.Kind == BoardKind.Pokja && IsModerator(user);

    public static bool CanEdit(ClaimsPrincipal user, Post post) => IsSignedIn(user) && (IsModerator(user) || user.UserId() == post.AuthorId);

    public static bool CanMarkAnswer(ClaimsPrincipal user, ForumThread thread) =>
        IsSignedIn(user) && (IsModerator(user) || user.UserId() == thread.AuthorId);
}
