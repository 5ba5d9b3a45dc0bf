using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Reviews;

/// <summary>The owner region answers one review (and may edit its answer). Everyone else gets 403.</summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class ReplyModel(ReviewService reviews, IMarkdownRenderer markdown, IStringLocalizer<ReviewsText> text) : PageModel
{
    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public SharedApp App { get; private set; } = null!;

    public ReviewEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = new ReplyInput { Reply = Entry.Review.Reply };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await reviews.ReplyAsync(User, slug, id, Input, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = text["Reply.Saved"].Value;
                return Redirect($"/katalog/{slug}#ulasan-{id}");
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
        }

        ModelState.Show(text, outcome.Errors);
        return Page();
    }

    public IHtmlContent Render(string body) => markdown.Render(body);

    private async Task<IActionResult?> LoadAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAppAsync(User, slug, cancellationToken) is not { } app
            || await reviews.FindAsync(app.Id, id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        if (!ReviewPermissions.CanReply(User, app))
        {
            return Forbid();
        }

        App = app;
        Entry = entry;
        return null;
    }
}
