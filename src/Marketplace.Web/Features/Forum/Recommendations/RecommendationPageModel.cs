using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// What the recommendation pages share: a refusal becomes sign-in (signed out), 404 (unknown or unseen), or the page
/// itself answered with 403 or 409 and the reason in words, so a refused action is visibly refused and explained.
/// </summary>
public abstract class RecommendationPageModel(IStringLocalizer<RecommendationText> text) : PageModel
{
    protected IStringLocalizer<RecommendationText> Text { get; } = text;

    /// <summary>Set when the page shows only the refusal (403, or 409 for a state that allows nothing here), not its form.</summary>
    public bool Blocked { get; protected set; }

    /// <summary>Challenge or 404 for those refusals that need no page; null when the page should be shown with the messages added.</summary>
    protected IActionResult? Refuse<T>(RecommendationResult<T> result, string prefix = "Input")
        where T : class
    {
        switch (result.Status)
        {
            case RecommendationStatus.SignInRequired:
                return Challenge();
            case RecommendationStatus.NotFound:
                return NotFound();
            case RecommendationStatus.Forbidden:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            case RecommendationStatus.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        Show(result.Errors, prefix);
        return null;
    }

    protected void Show(IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", Text[error.Key, error.Arguments].Value);
        }
    }

    /// <summary>Whether the form was sent with its "Pratinjau" button: render, do not save.</summary>
    protected bool IsPreview => Request.HasFormContentType && Request.Form.ContainsKey("pratinjau");
}
