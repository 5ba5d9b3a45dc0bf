using System.Globalization;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.Api;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>
/// The adoption API's words for the workflow's error keys, in English like the API's other problem details. The pages
/// word the same keys from AdoptionText in the user's language; scripts get one stable language and the key itself
/// (as the problem's "code"), which is what they should match on.
/// </summary>
public static class AdoptionApiMessages
{
    private static readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal)
    {
        ["Reason"] = "A reason",
        ["ExpectedUsers"] = "The expected number of users",
        ["To"] = "The target state",
        ["Version"] = "The version you read",
    };

    private static readonly Dictionary<string, string> _templates = new(StringComparer.Ordinal)
    {
        ["Validation.TooLong"] = "At most {0:N0} characters.",
        ["Validation.Range"] = "Enter a whole number from {0:N0} to {1:N0}.",
        ["Validation.Email"] = "This is not a valid e-mail address.",
        ["Validation.Phone"] = "Use digits, spaces and + - ( ) only.",
        ["Validation.ControlCharacters"] = "Control characters are not allowed.",
        ["Adoption.OwnApp"] = "A region cannot adopt its own application.",
        ["Adoption.NotPublished"] = "Only a published application can be adopted.",
        ["Adoption.AlreadyOpen"] = "Your region already has an open adoption of this application (adoption {0}).",
        ["Adoption.Stale"] = "The adoption has changed since you read it. Read it again and send its current version.",
        ["Adoption.OutOfOrder"] = "An adoption that is {0} cannot become {1}.",
        ["Plan.NotEditable"] = "The work plan cannot be changed while the adoption is {0}.",
    };

    /// <summary>Whether the key has its own wording (the others fall back to the key and its arguments).</summary>
    public static bool Knows(string key) => key == "Validation.Required" || _templates.ContainsKey(key);

    public static string Describe(FieldError error)
    {
        if (error.Key == "Validation.Required")
        {
            return $"{_fields.GetValueOrDefault(error.Field.Split('.')[^1], "This field")} is required.";
        }

        var arguments = error.Arguments.Select(a => a is AdoptionState state ? ApiJson.Name(state) : a).ToArray();
        return _templates.TryGetValue(error.Key, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, arguments)
            : $"{error.Key} {string.Join(", ", arguments)}".TrimEnd();
    }
}
