using System.Diagnostics;
using Marketplace.Web.Features.Themes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Home;

/// <summary>The page shown after an unhandled error. It always renders with SafeMode, since the theme may be what failed.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public void OnGet() => Prepare();

    public void OnPost() => Prepare();

    private void Prepare()
    {
        ThemeResolver.ForceSafeMode(HttpContext);
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
