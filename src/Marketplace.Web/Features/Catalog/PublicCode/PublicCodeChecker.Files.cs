using YamlDotNet.Core;
using static Marketplace.Web.Features.Catalog.PublicCode.PublicCodeFormats;
using static Marketplace.Web.Features.Catalog.PublicCode.YamlNodes;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// Logos, screenshots and the authors file: relative paths resolve against the folder of the file when one is known
/// (offline, as the reference's no-network cases); remote URLs are not fetched.
/// </summary>
internal sealed partial class PublicCodeChecker
{
    private void CheckLogos()
    {
        foreach (var key in (string[])["logo", "monochromeLogo"])
        {
            if (ReadString(root, "", key, required: false) is not { Length: > 0 } logo)
            {
                continue;
            }

            if (key == "monochromeLogo")
            {
                Warn(key, EntryAt(root, key), "DeprecatedUse", key, "logo");
            }

            CheckFile(key, EntryAt(root, key), logo, ImageFiles.LogoExtensions);
        }
    }

    private void CheckFile(string key, Mark at, string value, IReadOnlySet<string>? extensions)
    {
        if (value.StartsWith('/'))
        {
            Error(key, at, "AbsolutePath", value);
            return;
        }

        if (value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            Error(key, at, "FileUrl", value);
            return;
        }

        var remote = IsHttpUrl(value);
        var extension = Path.GetExtension(remote ? new Uri(value).AbsolutePath : value).ToLowerInvariant();
        if (extensions is not null && !extensions.Contains(extension))
        {
            Error(key, at, "UnsupportedImage", value, string.Join(", ", extensions));
            return;
        }

        if (remote || baseDirectory is null)
        {
            return;
        }

        var folder = Path.GetFullPath(baseDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(folder, value));
        if (!full.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(full))
        {
            Error(key, at, "MissingFile", value);
        }
        else if (extensions is not null && !ImageFiles.Matches(full, extension))
        {
            Error(key, at, "NotAnImage", value);
        }
    }
}
