using Marketplace.Tests.Support;

namespace Marketplace.Tests.Catalog.PublicCode;

/// <summary>
/// The reference parser's test files, kept beside the repository in shared/conformance/publiccode-v0
/// (found from the checkout upwards, so a fresh clone with shared/ beside it works the same).
/// </summary>
internal static class ConformanceSuite
{
    public static string Folder { get; } = Find();

    public static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, folder), "*.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>expected.tsv: for each file, its expected errors or warnings as (kind, key, line, column).</summary>
    public static ILookup<string, (string Kind, string Key, int Line, int Column)> Expected { get; } =
        File.ReadLines(Path.Combine(Folder, "expected.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToLookup(p => p[0] + p[1], p => (p[2], p[3], int.Parse(p[4]), int.Parse(p[5])));

    private static string Find()
    {
        for (var folder = new DirectoryInfo(RepositoryRoot.Path).Parent; folder is not null; folder = folder.Parent)
        {
            var suite = Path.Combine(folder.FullName, "shared", "conformance", "publiccode-v0");
            if (Directory.Exists(suite))
            {
                return suite;
            }
        }

        throw new InvalidOperationException($"No shared/conformance/publiccode-v0 above {RepositoryRoot.Path}.");
    }
}
