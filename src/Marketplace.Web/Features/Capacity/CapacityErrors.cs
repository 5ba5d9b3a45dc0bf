using Marketplace.Web.Features.Catalog;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Capacity;

/// <summary>Words a capacity <see cref="FieldError"/> in the user's language, naming fields by their translated labels.</summary>
public static class CapacityErrors
{
    public static string Describe(this IStringLocalizer<CapacityText> text, FieldError error) =>
        text[error.Key, [.. error.Arguments.Select(a => a is FieldName name ? text[name.Key].Value : a)]].Value;
}
