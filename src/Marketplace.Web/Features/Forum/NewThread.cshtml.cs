using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum;

/// <summary>Starts a thread on a board: title, first post (with a preview that saves nothing) and tags.</summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class NewThreadModel(ForumService forum, IMarkdownRenderer markdown, IStringLocalizer<ForumText> text) : ForumPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public string BoardSlug { get; set; } = "";

    [BindProperty]
    public ThreadInput Input { get; set; } = new();

    public Board Board { get; private set; } = null!;

    public IHtmlContent? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (IsPreview)
        {
            var errors = ForumChecks.Check(Input, out _);
            Show(errors);
            Preview = errors.Count == 0 ? markdown.Render(Input.Body) : null;
            return Page();
        }

        var result = await forum.CreateThreadAsync(User, BoardSlug, Input, cancellationToken);
        if (result.Value is { } thread)
        {
            return Redirect(Quoting.ThreadUrl(thread.Id, thread.Title));
        }

        if (result.Status != ForumStatus.Invalid)
        {
            return Refuse(result.Status);
        }

        Show(result.Errors);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindBoardAsync(User, BoardSlug, cancellationToken);
        if (found.Value is not { } board)
        {
            return Refuse(found.Status);
        }

        if (!await forum.CanPostAsync(User, board, cancellationToken))
        {
            return Refuse(await forum.WriteRefusalAsync(User, cancellationToken));
        }

        Board = board;
        return null;
    }
}
