using System.Globalization;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>The value formats of publiccode.yml, checked without the network.</summary>
internal static partial class PublicCodeFormats
{
    /// <summary>An absolute URL with a host (the reference's url_url), for example a repository address.</summary>
    public static bool IsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && !uri.IsFile;

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Any absolute URI, URNs included (organisation.uri, fundedBy[].uri).</summary>
    public static bool IsUri(string text) => UriPattern().IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out _);

    public static bool IsDate(string text) =>
        DatePattern().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    public static bool IsMimeType(string text) => MimePattern().IsMatch(text);

    /// <summary>Lower-case letters, digits and underscores: the shape of an Italian IPA code (the register itself is not shipped).</summary>
    public static bool IsIpaCode(string text) => IpaPattern().IsMatch(text);

    /// <summary>
    /// A BCP 47 language tag: its syntax (RFC 5646, without grandfathered tags) and a known primary language subtag,
    /// so "en_GB" (POSIX) and "xxx" fail while "sl-IT-nedis" passes.
    /// </summary>
    public static bool IsLanguageTag(string text)
    {
        var match = LanguageTagPattern().Match(text);
        return match.Success && PublicCodeVocabulary.Languages.Contains(match.Groups["language"].Value.ToLowerInvariant());
    }

    /// <summary>Length as people count it: grapheme clusters, so an emoji with modifiers is one character.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UriPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MimePattern();

    [GeneratedRegex(@"^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IpaPattern();

    [GeneratedRegex(
        @"^(?<language>[A-Za-z]{2,3})(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-([A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[xX](-[A-Za-z0-9]{1,8})+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();
}
