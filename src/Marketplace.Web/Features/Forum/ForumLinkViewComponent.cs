using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Forum;

/// <summary>The link from an application's page to its discussion board, so the catalog page needs one line. Drafts have none.</summary>
public sealed class ForumLinkViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(SharedApp app) =>
        app.Status == AppStatus.Draft ? Content("") : View("/Features/Forum/_ForumLink.cshtml", app.Slug);
}
