using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>
/// Files a person looks at after a run (screenshots), kept in <c>artifacts/e2e/</c> at the checkout's root, which git
/// ignores. CI keeps the folder; locally it holds the latest run.
/// </summary>
public static class Artifacts
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "e2e");

    /// <summary>A full-page PNG of <paramref name="page"/> as <c>artifacts/e2e/{name}.png</c>; answers the file's path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Marketplace.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Marketplace.sln above {AppContext.BaseDirectory}.");
    }
}
