using System.Xml.Linq;

namespace Marketplace.Tests.Support;

/// <summary>Reads the key/value pairs of a .resx file.</summary>
internal static class ResxFile
{
    public static IReadOnlyDictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>The Indonesian file of a resource anchor such as "SiteText": exactly one must exist under src/ or themes/.</summary>
    public static string IndonesianOf(string anchor)
    {
        var files = RepositoryRoot.Files($"{anchor}.id.resx", "src", "themes");
        return files.Count == 1
            ? files[0]
            : throw new InvalidOperationException($"Expected one {anchor}.id.resx, found {files.Count}.");
    }

    public static string EnglishOf(string indonesianPath) => indonesianPath[..^".id.resx".Length] + ".en.resx";
}
