using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog;

/// <summary>Words a <see cref="FieldError"/> in the user's language, the same for the pages and the API.</summary>
public static class FieldErrorText
{
    public static string Describe(this IStringLocalizer<CatalogText> text, FieldError error, Type model) =>
        error.Arguments.Length == 0 && error.Key == "Validation.Required"
            ? text[error.Key, DisplayName(model, error.Field, text)].Value
            : text[error.Key, error.Arguments].Value;

    // "Validation.Required" names its field ("{0} is required."); the editor leaves naming to whoever shows the error.
    private static string DisplayName(Type model, string field, IStringLocalizer<CatalogText> text) =>
        DisplayKey(model, field) is { } key ? text[key].Value : field;

    /// <summary>
    /// The resource key of the [Display] name of <paramref name="field"/> ("Contacts[0].Email") on <paramref name="model"/>,
    /// or null when the path or its attribute is unknown. Shared by every feature that words <see cref="FieldError"/>s.
    /// </summary>
    public static string? DisplayKey(Type model, string field)
    {
        var type = model;
        PropertyInfo? property = null;
        foreach (var segment in field.Split('.'))
        {
            property = type.GetProperty(segment.Split('[')[0]);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
        }

        return property?.GetCustomAttribute<DisplayAttribute>()?.Name;
    }
}
