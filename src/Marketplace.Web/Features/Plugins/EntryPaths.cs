using System.IO.Compression;

namespace Marketplace.Web.Features.Plugins;

/// <summary>The rules an entry name of a package must follow so that it stays inside its folder on every system.</summary>
public static class EntryPaths
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixSymbolicLink = 0xA000;

    /// <summary>The PluginsText key that says what is wrong with <paramref name="name"/>, or null when it is a safe relative path.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0 || name.Length > 260)
        {
            return "Package.UnsafePath";
        }

        if (name[0] == '/' || (name.Length >= 2 && name[1] == ':'))
        {
            return "Package.AbsolutePath";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "Package.Backslash";
        }

        var segments = name.TrimEnd('/').Split('/');
        if (segments.Any(s => s is ".." or "." || s.Length == 0))
        {
            return "Package.PathEscapes";
        }

        return name.Any(c => char.IsControl(c) || c == ':') ? "Package.UnsafePath" : null;
    }

    /// <summary>Whether the entry was stored as a Unix symbolic link (its target would be written as the file, or followed).</summary>
    public static bool IsLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & UnixFileTypeMask) == UnixSymbolicLink;

    /// <summary>The full path of <paramref name="name"/> under <paramref name="folder"/>, refusing anything that would land outside it.</summary>
    public static string Under(string folder, string name)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, name));
        return full.StartsWith(root, StringComparison.Ordinal) ? full : throw new InvalidDataException($"Entry {name} escapes its folder.");
    }
}
