using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Content;

/// <summary>
/// Names of stored uploads: 32 random lowercase hex characters and the extension of the sniffed type.
/// Nothing the client sends ever becomes part of a path.
/// </summary>
public static partial class UploadNames
{
    /// <summary>Where uploads are served, for example <c>/unggahan/3f2a...c1.png</c>.</summary>
    public const string UrlPrefix = "/unggahan/";

    public static string New(ImageType type) =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + type.Extension;

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    public static string Url(string storedName) => UrlPrefix + storedName;

    /// <summary>The image type a valid stored name was given when it was saved.</summary>
    public static ImageType? TypeOf(string name) =>
        IsValid(name) ? ImageType.All.FirstOrDefault(t => name.EndsWith("." + t.Extension, StringComparison.Ordinal)) : null;

    // \z rather than $: $ would also accept a trailing newline.
    [GeneratedRegex(@"\A[0-9a-f]{32}\.(png|jpg|gif|webp)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
