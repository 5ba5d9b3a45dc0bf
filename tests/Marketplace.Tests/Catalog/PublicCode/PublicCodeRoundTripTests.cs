using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Tests.Catalog.PublicCode;

public sealed class PublicCodeRoundTripTests
{
    private static string Read(string file) => File.ReadAllText(Path.Combine(ConformanceSuite.Folder, file));

    [Theory]
    [InlineData("valid/valid.yml")]
    [InlineData("valid/valid.minimal.yml")]
    [InlineData("valid/dependsOn.yml")]
    [InlineData("valid/valid_spdx_with.yml")]
    public void Import_then_export_is_valid_and_stable(string file)
    {
        var (report, app) = PublicCodeImporter.Import(Read(file), "61.72");
        Assert.True(report.Valid);

        var first = PublicCodeExporter.Export(app!);
        var firstReport = PublicCodeValidator.Validate(first);
        Assert.True(firstReport.Valid, string.Join("\n", firstReport.Errors.Select(e => $"{e.Key} {e.Code}")) + "\n" + first);
        var (_, again) = PublicCodeImporter.Import(first, "61.72");
        var second = PublicCodeExporter.Export(again!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Import_maps_the_modelled_fields_and_keeps_the_rest()
    {
        var (_, app) = PublicCodeImporter.Import(Read("valid/valid.yml"), "61.72");

        Assert.NotNull(app);
        Assert.Equal(("medusa", "Medusa", "61.72"), (app.Slug, app.Name, app.OwnerRegionCode));
        Assert.Equal("https://github.com/italia/developers.italia.it.git", app.RepositoryUrl);
        Assert.Equal("https://developers.italia.it", app.LandingUrl);
        Assert.Equal((Maturity.Development, "standalone/other", "AGPL-3.0-or-later"), (app.Maturity, app.SoftwareType, app.License));
        Assert.Equal(MaintenanceType.Contract, app.MaintenanceType);
        Assert.Equal(["Francesco Rossi", "Dario Bianchi", "Giancarlo Verdi"], app.Contacts.Select(c => c.Name));
        Assert.Equal("A really interesting software.", app.Summary);
        Assert.Equal(["android", "ios", "custom_platform"], app.Tags.Where(t => t.Kind == TagKind.Platform).Select(t => t.Value));
        Assert.Contains(app.Tags, t => t is { Kind: TagKind.Category, Value: "whistleblowing" });
        Assert.Empty(app.Releases); // "1.0" is not SemVer, so softwareVersion stays verbatim
        Assert.Contains("\"softwareVersion\":\"1.0\"", app.PublicCodeExtra, StringComparison.Ordinal);
        Assert.Contains("\"contractors\"", app.PublicCodeExtra, StringComparison.Ordinal);
        Assert.Contains("\"IT\"", app.PublicCodeExtra, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semver_software_version_becomes_a_release()
    {
        var yaml = Read("valid/valid.minimal.yml").Replace("platforms:", "softwareVersion: \"1.4.0\"\nreleaseDate: 2024-05-02\nplatforms:", StringComparison.Ordinal);

        var (_, app) = PublicCodeImporter.Import(yaml, "61.72");

        var release = Assert.Single(app!.Releases);
        Assert.Equal(("1.4.0", new DateOnly(2024, 5, 2)), (release.Version, release.Date));
        Assert.Contains("softwareVersion: 1.4.0", PublicCodeExporter.Export(app), StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_description_is_preferred()
    {
        var yaml = Read("valid/valid.minimal.yml").Replace("  en-GB:", "  id:\n    shortDescription: Aplikasi desa\n    longDescription: \"" + new string('a', 160) + "\"\n    features: [Surat]\n  en-GB:", StringComparison.Ordinal);

        var (report, app) = PublicCodeImporter.Import(yaml, "61.72");

        Assert.True(report.Valid, string.Join("\n", report.Errors.Select(e => $"{e.Key} {e.Code}")));
        Assert.Equal("Aplikasi desa", app!.Summary);
    }

    [Theory]
    [InlineData("Sistem Informasi Desa", "sistem-informasi-desa")]
    [InlineData("  e-Office  Pemda!! ", "e-office-pemda")]
    [InlineData("Pelayanan Kependudukan (Dukcapil) 2.0", "pelayanan-kependudukan-dukcapil-2-0")]
    [InlineData("Café Résumé", "cafe-resume")]
    public void Slug_is_lower_case_with_single_hyphens(string name, string slug) =>
        Assert.Equal(slug, PublicCodeImporter.Slug(name));
}
