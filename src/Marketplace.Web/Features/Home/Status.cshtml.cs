using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Home;

/// <summary>Explains a 4xx/5xx status in words; reached only by re-execution, so direct visits answer 404.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SiteText> text) : PageModel
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return NotFound();
        }

        var key = code is 400 or 403 or 404 or 429 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        Title = text[$"Status.{key}.Title"];
        Text = text[$"Status.{key}.Text"];
        return Page();
    }
}
