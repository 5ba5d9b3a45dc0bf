using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Tests.Catalog.PublicCode;

/// <summary>Every file of the reference parser's v0 suite gets the reference's verdict.</summary>
public sealed class PublicCodeConformanceTests
{
    /// <summary>Cases only a network fetch (or a register the platform does not ship) can decide.</summary>
    private static readonly Dictionary<string, string> _excluded = new()
    {
        // The logo is a remote URL whose absence only an HTTP request shows; the validator never fetches.
        ["invalid/logo_missing_url.yml"] = "remote logo, needs a fetch",
        // https://google.com is a well-formed HTTP URL; only oEmbed discovery (or the oEmbed providers registry) rejects it.
        ["invalid/description_en_videos_invalid_oembed.yml"] = "oEmbed check, needs a fetch",
        // "urn:x-italian-pa:no_such_pa" has the shape of an IPA code; only the Italian IPA register (about 23,000
        // codes, fetched by the reference from indicepa.gov.it) knows it does not exist.
        ["invalid/organisation_uri_wrong_italian_pa2.yml"] = "Italian IPA register",
        ["invalid/fundedBy_uri_wrong_italian_pa2.yml"] = "Italian IPA register",
    };

    /// <summary>
    /// Errors the reference reports only because its decoder stopped at an earlier error in the same section
    /// (a YAML 1.1 boolean makes it lose the languages list that follows); the file is still rejected on its own key.
    /// </summary>
    private static readonly HashSet<(string File, string Key)> _cascades =
    [
        ("invalid/no-network/localisation_localisationReady_yaml11_yes.yml", "localisation.availableLanguages"),
        ("invalid/no-network/localisation_localisationReady_yaml11_no.yml", "localisation.availableLanguages"),
        ("invalid/no-network/localisation_localisationReady_yaml11_on.yml", "localisation.availableLanguages"),
        ("invalid/no-network/localisation_localisationReady_yaml11_off.yml", "localisation.availableLanguages"),
    ];

    public static TheoryData<string> ValidFiles() => [.. ConformanceSuite.Files("valid")];

    public static TheoryData<string> WarningFiles() => [.. ConformanceSuite.Files("valid_with_warnings")];

    public static TheoryData<string> InvalidFiles() => [.. ConformanceSuite.Files("invalid").Where(f => !_excluded.ContainsKey(f))];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_has_no_error(string file)
    {
        var report = Validate(file);

        Assert.True(report.Valid, Describe(report));
    }

    [Theory]
    [MemberData(nameof(WarningFiles))]
    public void Valid_file_with_warnings_has_the_reference_warnings_and_no_error(string file)
    {
        var report = Validate(file);

        Assert.True(report.Valid, Describe(report));
        Assert.NotEmpty(report.Warnings);
        AssertReported(file, "warning", report.Warnings);
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Invalid_file_is_rejected_on_the_reference_keys(string file)
    {
        var report = Validate(file);

        Assert.False(report.Valid);
        AssertReported(file, "error", report.Errors);
    }

    [Fact]
    public void The_suite_is_complete_and_the_exclusions_name_real_files()
    {
        var all = ConformanceSuite.Files("valid").Concat(ConformanceSuite.Files("valid_with_warnings")).Concat(ConformanceSuite.Files("invalid")).ToList();

        Assert.Equal(173, all.Count);
        Assert.All(_excluded.Keys, f => Assert.Contains(f, all));
        Assert.All(_cascades, c => Assert.Contains(c.File, all));
    }

    private static ValidationReport Validate(string file)
    {
        var path = Path.Combine(ConformanceSuite.Folder, file);
        return PublicCodeValidator.Validate(File.ReadAllBytes(path), Path.GetDirectoryName(path));
    }

    /// <summary>Each key the reference names is reported, on the reference's line when it gives one.</summary>
    private static void AssertReported(string file, string kind, List<Issue> reported)
    {
        var folder = file[..(file.LastIndexOf('/') + 1)];
        var expected = ConformanceSuite.Expected[folder + Path.GetFileName(file)]
            .Where(e => e.Kind == kind && !_cascades.Contains((file, e.Key)))
            .Distinct();
        foreach (var (_, key, line, _) in expected)
        {
            Assert.True(
                reported.Any(i => i.Key == key && (line == 0 || i.Line == line)),
                $"{file}: expected {kind} on {key} at line {line}; got:\n{string.Join("\n", reported.Select(i => $"{i.Key} {i.Line}:{i.Column} {i.Code}"))}");
        }
    }

    private static string Describe(ValidationReport report) =>
        string.Join("\n", report.Errors.Select(i => $"{i.Key} {i.Line}:{i.Column} {i.Code} {string.Join(" | ", i.Args)}"));
}
