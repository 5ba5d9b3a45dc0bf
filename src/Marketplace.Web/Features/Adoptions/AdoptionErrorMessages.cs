using Marketplace.Web.Features.Catalog;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Words an adoption <see cref="FieldError"/> in the user's language, for the pages and the API alike. States and dates
/// among the arguments are worded too, so "Diajukan → Berjalan" reads right in English and a date is not an ISO string.
/// </summary>
public static class AdoptionErrorMessages
{
    public static string Describe(this IStringLocalizer<AdoptionText> text, FieldError error, Type model) =>
        error.Arguments.Length == 0 && error.Key == "Validation.Required"
            ? text[error.Key, DisplayName(model, error.Field, text)].Value
            : text[error.Key, [.. error.Arguments.Select(a => Argument(text, a))]].Value;

    private static object Argument(IStringLocalizer<AdoptionText> text, object argument) => argument switch
    {
        AdoptionState state => text["State." + state].Value,
        DateOnly date => AdoptionFormat.Day(date),
        _ => argument,
    };

    // "Validation.Required" names its field ("{0} wajib diisi."); the workflow leaves naming to whoever shows the error.
    private static string DisplayName(Type model, string field, IStringLocalizer<AdoptionText> text) =>
        FieldErrorText.DisplayKey(model, field) is { } key ? text[key].Value : field;
}
