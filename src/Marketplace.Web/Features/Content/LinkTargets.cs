namespace Marketplace.Web.Features.Content;

internal enum LinkTarget
{
    Refused,
    Internal,
    External,
}

/// <summary>Which link destinations user content may use: the site itself, http, https and mailto.</summary>
internal static class LinkTargets
{
    public static LinkTarget Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl))
        {
            return LinkTarget.Refused;
        }

        if (url[0] == '#' || (url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))))
        {
            return LinkTarget.Internal;
        }

        // Browsers read "//host" and "/\host" as another site, and a colon before any '/', '?' or '#' as a scheme.
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            && absolute.Scheme is "http" or "https" or "mailto"
            && url.StartsWith(absolute.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            return LinkTarget.External;
        }

        var end = url.IndexOfAny(['/', '?', '#']);
        var first = end < 0 ? url : url[..end];
        return url[0] is '/' or '\\' || first.Contains(':') || first.Contains('\\') ? LinkTarget.Refused : LinkTarget.Internal;
    }

    /// <summary>True only for an image stored by <see cref="ImageUploads"/>: <c>/unggahan/&lt;generated name&gt;</c>.</summary>
    public static bool IsUploadedImage(string? url) =>
        url is not null
        && url.StartsWith(UploadNames.UrlPrefix, StringComparison.Ordinal)
        && UploadNames.IsValid(url[UploadNames.UrlPrefix.Length..]);
}
