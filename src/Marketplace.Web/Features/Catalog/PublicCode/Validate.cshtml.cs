using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Anyone may check a publiccode.yml here; nothing is stored.</summary>
public sealed class ValidateModel(IStringLocalizer<PublicCodeText> text) : PublicCodeForm(text)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ReadInputAsync(cancellationToken) is { } content)
        {
            Check(content);
        }

        return Page();
    }
}
