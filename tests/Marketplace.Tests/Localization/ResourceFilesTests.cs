using System.Text.RegularExpressions;
using Marketplace.Tests.Support;

namespace Marketplace.Tests.Localization;

public sealed partial class ResourceFilesTests
{
    private static readonly IReadOnlyList<string> _indonesianFiles =
        [.. RepositoryRoot.Files("*.id.resx", "src", "themes").Select(RepositoryRoot.Relative)];

    public static TheoryData<string> IndonesianFiles() => [.. _indonesianFiles];

    [Fact]
    public void The_site_and_region_resource_files_are_found()
    {
        Assert.Contains("src/Marketplace.Web/Features/Home/SiteText.id.resx", _indonesianFiles);
        Assert.Contains("src/Marketplace.Web/Features/Regions/RegionsText.id.resx", _indonesianFiles);
    }

    [Theory]
    [MemberData(nameof(IndonesianFiles))]
    public void English_file_has_exactly_the_Indonesian_keys(string indonesian)
    {
        var english = ResxFile.EnglishOf(Full(indonesian));
        Assert.True(File.Exists(english), $"{indonesian} has no English counterpart.");
        Assert.Equal(ResxFile.Read(Full(indonesian)).Keys.Order(), ResxFile.Read(english).Keys.Order());
    }

    [Theory]
    [MemberData(nameof(IndonesianFiles))]
    public void No_value_is_empty_in_either_language(string indonesian)
    {
        var empty = new[] { Full(indonesian), ResxFile.EnglishOf(Full(indonesian)) }
            .Where(File.Exists)
            .SelectMany(f => ResxFile.Read(f).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{RepositoryRoot.Relative(f)}: {e.Key}"));
        AssertNone("Empty values", empty);
    }

    [Theory]
    [MemberData(nameof(IndonesianFiles))]
    public void Translations_keep_the_same_placeholders(string indonesian)
    {
        var english = ResxFile.Read(ResxFile.EnglishOf(Full(indonesian)));
        var different = ResxFile.Read(Full(indonesian))
            .Where(e => english.TryGetValue(e.Key, out var en) && !Placeholders(e.Value).SetEquals(Placeholders(en)))
            .Select(e => e.Key);
        AssertNone("Placeholders differ between id and en", different);
    }

    [Fact]
    public void Every_literal_key_used_in_a_view_exists() =>
        AssertNone("Missing resource keys", Missing(LocalizerUsage.InViews()));

    [Fact]
    public void Every_literal_key_used_in_code_exists() =>
        AssertNone("Missing resource keys", Missing(LocalizerUsage.InCode()));

    [Fact]
    public void Key_scan_sees_the_site_and_region_views()
    {
        var keys = LocalizerUsage.InViews().ToList();
        Assert.Contains(keys, k => k is { Anchor: "SiteText", Key: "Nav.Regions" });
        Assert.Contains(keys, k => k is { Anchor: "SiteText", Key: "Site.SkipToContent" });
        Assert.Contains(keys, k => k is { Anchor: "RegionsText", Key: "Index.Title" });
    }

    [Fact]
    public void Key_scan_sees_the_region_api() =>
        Assert.Contains(LocalizerUsage.InCode(), k => k is { Anchor: "RegionsText", Key: "Api.MalformedCode" });

    // Lists every offender in full; a collection assertion would cut the list short.
    private static void AssertNone(string problem, IEnumerable<string> offenders)
    {
        var all = offenders.ToList();
        if (all.Count > 0)
        {
            Assert.Fail($"{problem}:{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
        }
    }

    private static string Full(string relative) => Path.Combine(RepositoryRoot.Path, relative);

    private static IEnumerable<string> Missing(IEnumerable<LocalizerKey> keys)
    {
        var resources = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var key in keys)
        {
            if (!resources.TryGetValue(key.Anchor, out var entries))
            {
                entries = resources[key.Anchor] = ResxFile.Read(ResxFile.IndonesianOf(key.Anchor));
            }

            if (!entries.ContainsKey(key.Key))
            {
                yield return $"{key.File}: {key.Anchor}[\"{key.Key}\"]";
            }
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
