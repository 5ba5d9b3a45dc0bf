using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Search;

/// <summary>The "Aplikasi serupa" panel of an application's page: the catalog page needs one line for it.</summary>
public sealed class SimilarAppsViewComponent(SimilarAppsService finder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(SharedApp app)
    {
        var found = await finder.FindAsync(SimilarDraft.For(app, SearchViewers.For(UserClaimsPrincipal)), HttpContext.RequestAborted);
        return View("/Features/Search/Similar/_SimilarApps.cshtml", found);
    }
}

/// <summary>
/// The same list for an application being written on the publish form. Without JavaScript the list shows after the
/// "Periksa aplikasi serupa" button re-showed the form (<paramref name="checkNow"/>); with it, a script fills the same
/// place as the user types.
/// </summary>
public sealed class DraftSimilarAppsViewComponent(SimilarAppsService finder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? name, string? summary, string? description, bool checkNow)
    {
        var draft = new SimilarDraft(name, summary, description);
        IReadOnlyList<SimilarAppEntry>? found = checkNow && !draft.IsEmpty
            ? await finder.FindAsync(draft.ToRequest(SearchViewers.For(UserClaimsPrincipal)), HttpContext.RequestAborted)
            : null;
        return View("/Features/Search/Similar/_DraftSimilarApps.cshtml", new DraftSimilarApps(checkNow, draft.IsEmpty, found, checkNow && !draft.IsEmpty && found is null));
    }
}

/// <summary>
/// The draft panel's state: whether the button was pressed, whether there was anything to compare, and what was found
/// (null when nothing was asked, or the index could not answer: <paramref name="Unavailable"/>).
/// </summary>
public sealed record DraftSimilarApps(bool Checked, bool WasEmpty, IReadOnlyList<SimilarAppEntry>? Found, bool Unavailable = false);
