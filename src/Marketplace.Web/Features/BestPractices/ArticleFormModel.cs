using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// What writing and editing an article share: a Kurator only (everyone else signed in gets 403), a preview that renders
/// the body through the one Markdown service without saving (a plain submit button, so it works without JavaScript),
/// and refusals shown beside their fields.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public abstract class ArticleFormModel(ArticleService articles, IMarkdownRenderer markdown, IStringLocalizer<BestPracticesText> text) : PageModel
{
    [BindProperty]
    public ArticleInput Input { get; set; } = new();

    /// <summary>Set by the preview button: render, do not save.</summary>
    [BindProperty(Name = "pratinjau")]
    public bool Preview { get; set; }

    public IHtmlContent? PreviewHtml { get; private set; }

    /// <summary>The article's address when editing; null when writing a new one.</summary>
    public string? Slug { get; protected set; }

    protected ArticleService Articles => articles;

    protected async Task<IActionResult> SubmitAsync(CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Preview)
        {
            PreviewHtml = markdown.Render(Input.Body);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await articles.SaveAsync(User, Slug, Input, cancellationToken);
        switch (outcome.Status)
        {
            case EditStatus.Done:
                var article = outcome.Value!;
                TempData["Status"] = text[article.PublishedAt is null ? "Article.SavedDraft" : "Article.Saved"].Value;
                return Redirect($"/praktik-baik/{article.Slug}");
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Show(text, outcome.Errors);
        return Page();
    }
}
