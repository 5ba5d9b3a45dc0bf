using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum;

/// <summary>A Kurator (or Administrator) adds members to a pokja board by their e-mail address, and removes them.</summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class MembersModel(ForumService forum, IStringLocalizer<ForumText> text) : ForumPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public string BoardSlug { get; set; } = "";

    [BindProperty]
    public string? Email { get; set; }

    public Board Board { get; private set; } = null!;

    public IReadOnlyList<(BoardMember Member, string Name, string Email, string RegionCode)> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var result = await forum.AddMemberAsync(User, Board, Email, cancellationToken);
        if (result.Status == ForumStatus.Invalid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Email), Text[error.Key, error.Arguments].Value);
            }

            return Page();
        }

        if (result.Status != ForumStatus.Done)
        {
            return Refuse(result.Status);
        }

        TempData["Status"] = Text["Members.Added", Email!.Trim()].Value;
        return Redirect($"/forum/{Board.Slug}/anggota");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var status = await forum.RemoveMemberAsync(User, Board, userId, cancellationToken);
        if (status != ForumStatus.Done)
        {
            return Refuse(status);
        }

        TempData["Status"] = Text["Members.Removed"].Value;
        return Redirect($"/forum/{Board.Slug}/anggota");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindBoardAsync(User, BoardSlug, cancellationToken);
        if (found.Value is not { } board || board.Kind != BoardKind.Pokja)
        {
            return found.Value is null ? Refuse(found.Status) : NotFound();
        }

        if (!ForumPermissions.CanManageMembers(User, board))
        {
            return Refuse(ForumStatus.Forbidden);
        }

        Board = board;
        Members = await forum.MembersAsync(board.Id, cancellationToken);
        return null;
    }
}
