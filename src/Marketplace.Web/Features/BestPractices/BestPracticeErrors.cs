using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Puts refused fields beside their inputs, in the user's language; missing criteria are named by their labels.</summary>
public static class BestPracticeErrors
{
    public static void Show(this ModelStateDictionary state, IStringLocalizer<BestPracticesText> text, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            var arguments = error.Arguments.Select(a => a is IEnumerable<CurationCriterion> criteria
                ? string.Join(", ", criteria.Select(c => text["Criterion." + c].Value))
                : a).ToArray();
            state.AddModelError($"Input.{error.Field}", text[error.Key, arguments].Value);
        }
    }
}
