using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>A Kurator changes, publishes, features or withdraws an article; its address stays.</summary>
public sealed class EditModel(ArticleService articles, IMarkdownRenderer markdown, IStringLocalizer<BestPracticesText> text)
    : ArticleFormModel(articles, markdown, text)
{
    public string ArticleTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is not { } article)
        {
            return BestPracticePermissions.CanWrite(User) ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        Input = await Articles.InputOfAsync(article, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slug, cancellationToken) is null)
        {
            return BestPracticePermissions.CanWrite(User) ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        return await SubmitAsync(cancellationToken);
    }

    private async Task<BestPracticeArticle?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (!BestPracticePermissions.CanWrite(User) || await Articles.FindAsync(User, slug, cancellationToken) is not { } article)
        {
            return null;
        }

        Slug = article.Slug;
        ArticleTitle = article.Title;
        return article;
    }
}
