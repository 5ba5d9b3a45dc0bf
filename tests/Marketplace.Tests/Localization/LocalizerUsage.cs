using System.Text.RegularExpressions;
using Marketplace.Tests.Support;

namespace Marketplace.Tests.Localization;

/// <summary>A string-literal key passed to a localizer, with the resource anchor (SiteText, RegionsText...) it must exist in.</summary>
internal sealed record LocalizerKey(string File, string Anchor, string Key);

/// <summary>
/// Finds literal localizer keys in views and code. Computed keys (<c>S["Theme." + name]</c>, <c>text[$"..."]</c>)
/// cannot be checked this way and are left out.
/// </summary>
internal static partial class LocalizerUsage
{
    // The host maps the plain IStringLocalizer, which themes inject, to the site-wide text.
    private const string PlainLocalizerAnchor = "SiteText";

    public static IEnumerable<LocalizerKey> InViews() =>
        RepositoryRoot.Files("*.cshtml", "src", "themes")
            .Where(f => Path.GetFileName(f) != "_ViewImports.cshtml")
            .SelectMany(f => KeysIn(f, ViewLocalizers(f), File.ReadAllText(f)));

    public static IEnumerable<LocalizerKey> InCode() =>
        RepositoryRoot.Files("*.cs", "src", "themes")
            .SelectMany(f =>
            {
                var source = File.ReadAllText(f);
                var localizers = CodeInjection().Matches(source)
                    .GroupBy(m => m.Groups["name"].Value, m => m.Groups["anchor"].Value)
                    .ToDictionary(g => g.Key, g => g.Distinct().Count() == 1
                        ? g.First()
                        : throw new InvalidOperationException($"{f}: localizer name '{g.Key}' stands for several resource anchors; rename one."));
                return KeysIn(f, localizers, source);
            });

    /// <summary>Localizers a view can use: its own @inject lines, else those of the _ViewImports files above it.</summary>
    private static Dictionary<string, string> ViewLocalizers(string view)
    {
        var localizers = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string> { view };
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(view)!); folder is not null && folder.FullName.Length >= RepositoryRoot.Path.Length; folder = folder.Parent)
        {
            files.Add(Path.Combine(folder.FullName, "_ViewImports.cshtml"));
        }

        foreach (var file in files.Where(File.Exists))
        {
            foreach (Match m in ViewInjection().Matches(File.ReadAllText(file)))
            {
                var anchor = m.Groups["anchor"].Success ? m.Groups["anchor"].Value : PlainLocalizerAnchor;
                localizers.TryAdd(m.Groups["name"].Value, anchor);
            }
        }

        return localizers;
    }

    private static IEnumerable<LocalizerKey> KeysIn(string file, Dictionary<string, string> localizers, string source) =>
        localizers.SelectMany(l =>
            Regex.Matches(source, $@"(?<![\w.]){Regex.Escape(l.Key)}\[""(?<key>[^""\\]+)""\s*[,\]]")
                .Select(m => new LocalizerKey(RepositoryRoot.Relative(file), l.Value, m.Groups["key"].Value)));

    [GeneratedRegex(@"@inject\s+(?:Microsoft\.Extensions\.Localization\.)?IStringLocalizer(?:<(?<anchor>\w+)>)?\s+(?<name>\w+)")]
    private static partial Regex ViewInjection();

    [GeneratedRegex(@"IStringLocalizer<(?<anchor>\w+)>\s+(?<name>\w+)\s*[,)=;]")]
    private static partial Regex CodeInjection();
}
