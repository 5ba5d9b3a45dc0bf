using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Reviews;

/// <summary>Puts refused review fields beside their inputs, in the user's language.</summary>
public static class ReviewErrors
{
    public static void Show(this ModelStateDictionary state, IStringLocalizer<ReviewsText> text, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            state.AddModelError($"Input.{error.Field}", text[error.Key, error.Arguments].Value);
        }
    }
}
