using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>A Kurator writes a new Praktik Baik article.</summary>
public sealed class WriteModel(ArticleService articles, IMarkdownRenderer markdown, IStringLocalizer<BestPracticesText> text)
    : ArticleFormModel(articles, markdown, text)
{
    public IActionResult OnGet() => BestPracticePermissions.CanWrite(User) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SubmitAsync(cancellationToken);
}
