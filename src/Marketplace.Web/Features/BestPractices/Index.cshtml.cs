using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Published articles for everyone; a Kurator also sees the drafts and the way to write one.</summary>
public sealed class IndexModel(ArticleService articles) : PageModel
{
    public IReadOnlyList<BestPracticeArticle> Published { get; private set; } = [];

    public IReadOnlyList<BestPracticeArticle> Drafts { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Published = await articles.PublishedAsync(cancellationToken);
        CanWrite = BestPracticePermissions.CanWrite(User);
        Drafts = CanWrite ? await articles.DraftsAsync(cancellationToken) : [];
    }
}
