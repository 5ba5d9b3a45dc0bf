using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Catalog;

/// <summary>Uploading and removing an application's logo and screenshots. Bodies over 10 MB are cut off by the server (413).</summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
[RequestSizeLimit(10 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 10 * 1024 * 1024)]
public sealed class ImagesModel(CatalogEditor editor, CatalogImages images, ImageUploads uploads, IStringLocalizer<CatalogText> text, IStringLocalizer<ContentText> contentText) : PageModel
{
    public SharedApp App { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) => await LoadAsync(slug, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slug, string? kind, string? caption, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ImageKind>(kind, out var imageKind) || file is null)
        {
            Error = text["Images.ChooseFile"];
            return await LoadAsync(slug, cancellationToken) ?? Page();
        }

        await using var content = file.OpenReadStream();
        var outcome = await images.AddAsync(User, slug, imageKind, caption, content, file.Length, cancellationToken);
        return await AnswerAsync(slug, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int imageId, CancellationToken cancellationToken) =>
        await AnswerAsync(slug, await images.RemoveAsync(User, slug, imageId, cancellationToken), cancellationToken);

    private async Task<IActionResult> AnswerAsync(string slug, CatalogImages.Outcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Status)
        {
            case EditStatus.Done:
                TempData["Status"] = text["Images.Saved"].Value;
                return RedirectToPage(new { slug });
            case EditStatus.Forbidden:
                return Forbid();
            case EditStatus.NotFound:
                return NotFound();
        }

        Error = outcome.Failure is { } failure ? contentText.Describe(failure, uploads.MaxImageBytes) : text["Images.TooMany", CatalogImages.MaxScreenshots];
        return await LoadAsync(slug, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await editor.FindForEditAsync(User, slug, cancellationToken);
        switch (found.Status)
        {
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
        }

        App = found.Value!;
        return null;
    }
}
