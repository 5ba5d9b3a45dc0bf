using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>What the validate and import pages share: pasted text or an uploaded file, and the report shown below the form.</summary>
public abstract class PublicCodeForm(IStringLocalizer<PublicCodeText> text) : PageModel
{
    [Display(Name = "Page.YamlLabel")]
    [Microsoft.AspNetCore.Mvc.BindProperty]
    public string? Yaml { get; set; }

    [Display(Name = "Page.FileLabel")]
    [Microsoft.AspNetCore.Mvc.BindProperty]
    public IFormFile? Upload { get; set; }

    public ValidationReport? Report { get; protected set; }

    /// <summary>The lines of the checked text, for showing each issue's line.</summary>
    public IReadOnlyList<string> SourceLines { get; private set; } = [];

    protected IStringLocalizer<PublicCodeText> Text => text;

    /// <summary>Reads the upload (when given) or the pasted text; null with a form error when there is nothing or too much.</summary>
    protected async Task<byte[]?> ReadInputAsync(CancellationToken cancellationToken)
    {
        byte[] content;
        if (Upload is { Length: > 0 })
        {
            await using var stream = Upload.OpenReadStream();
            content = await PublicCodeApi.ReadAtMostAsync(stream, PublicCodeApi.MaxBytes + 1, cancellationToken);
        }
        else
        {
            content = Encoding.UTF8.GetBytes(Yaml ?? "");
        }

        if (content.Length > PublicCodeApi.MaxBytes)
        {
            ModelState.AddModelError("", text["Page.TooLarge"]);
            return null;
        }

        if (string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(content)))
        {
            ModelState.AddModelError("", text["Page.Nothing"]);
            return null;
        }

        Yaml = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        SourceLines = Yaml.ReplaceLineEndings("\n").Split('\n');
        return content;
    }

    protected ValidationReport Check(byte[] content)
    {
        Report = PublicCodeValidator.Validate(content).Localize(text);
        return Report;
    }
}
