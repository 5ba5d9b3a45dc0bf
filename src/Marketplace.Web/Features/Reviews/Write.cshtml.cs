using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Reviews;

/// <summary>
/// A region with a running adoption writes (or edits) its review. Anyone else signed in gets this page with a 403 and
/// the reason, rather than a bare refusal: "review after go-live" is something a member can act on.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class WriteModel(ReviewService reviews, IStringLocalizer<ReviewsText> text) : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public ReviewDesk Desk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Desk.Existing is { } existing)
        {
            Input = new ReviewInput { Rating = existing.Rating, Body = existing.Body };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await reviews.SaveAsync(User, slug, Input, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = text[Desk.Existing is null ? "Write.Saved" : "Write.Updated"].Value;
                return Redirect($"/katalog/{slug}#ulasan");
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Refused();
        }

        ModelState.Show(text, outcome.Errors);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reviews.DeskAsync(User, slug, cancellationToken) is not { } desk)
        {
            return NotFound();
        }

        Desk = desk;
        return desk.CanWrite ? null : Refused();
    }

    private PageResult Refused()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }
}
