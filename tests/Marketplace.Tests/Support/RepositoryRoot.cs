namespace Marketplace.Tests.Support;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds Marketplace.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Files under <paramref name="folders"/> (relative to the root) matching <paramref name="pattern"/>, build output left out.</summary>
    public static IReadOnlyList<string> Files(string pattern, params string[] folders) =>
        [.. folders
            .Select(f => System.IO.Path.Combine(Path, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, pattern, SearchOption.AllDirectories))
            .Where(f => !IsBuildOutput(f))
            .Order(StringComparer.Ordinal)];

    public static string Relative(string path) => System.IO.Path.GetRelativePath(Path, path).Replace('\\', '/');

    private static bool IsBuildOutput(string file) =>
        file.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) is var parts
        && (parts.Contains("bin") || parts.Contains("obj"));

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Marketplace.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Marketplace.sln above {AppContext.BaseDirectory}.");
    }
}
