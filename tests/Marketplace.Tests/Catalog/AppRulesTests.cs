using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class AppRulesTests
{
    private static readonly ILicenseCheck Licenses = new SpdxLicenseCheck();

    [Fact]
    public void A_complete_application_passes() => Assert.Empty(AppRules.Check(Valid(), Licenses));

    [Fact]
    public void Missing_name_summary_and_license_are_each_reported()
    {
        var errors = AppRules.Check(new AppInput(), Licenses);

        Assert.Equal(["License", "Name", "Summary"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.Equal("Validation.Required", e.Key));
    }

    [Theory]
    [InlineData(nameof(AppInput.RepositoryUrl), "javascript:alert(1)")]
    [InlineData(nameof(AppInput.LandingUrl), "ftp://files.go.id/app")]
    [InlineData(nameof(AppInput.LandingUrl), "/relative/path")]
    public void Only_absolute_http_addresses_are_accepted(string field, string url)
    {
        var input = Valid();
        typeof(AppInput).GetProperty(field)!.SetValue(input, url);

        Assert.Contains(AppRules.Check(input, Licenses), e => e.Field == field && e.Key == "Catalog.UrlInvalid");
    }

    [Fact]
    public void A_summary_over_150_characters_is_refused()
    {
        var input = Valid();
        input.Summary = new string('x', 151);

        Assert.Contains(AppRules.Check(input, Licenses), e => e.Field == "Summary" && e.Key == "Validation.TooLong");
    }

    [Fact]
    public void Requirements_must_be_positive_and_plausible()
    {
        var input = Valid();
        (input.CpuCores, input.RamGb) = (0, 5000);

        var fields = AppRules.Check(input, Licenses).Where(e => e.Key == "Catalog.OutOfRange").Select(e => e.Field);

        Assert.Equal(["CpuCores", "RamGb"], fields.Order());
    }

    [Fact]
    public void A_contact_needs_a_name_and_a_valid_address()
    {
        var input = Valid();
        input.Contacts = [new MaintenanceContact { Name = "", Email = "bukan email" }];

        Assert.Equal(["Contacts[0].Email", "Contacts[0].Name"], AppRules.Check(input, Licenses).Select(e => e.Field).Order());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1_250_000_000L)]
    [InlineData(AppRules.BuildCostMax)]
    public void A_build_cost_from_zero_to_ten_trillion_rupiah_is_accepted(long cost)
    {
        var input = Valid();
        input.BuildCost = cost;

        Assert.Empty(AppRules.Check(input, Licenses));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(AppRules.BuildCostMax + 1)]
    [InlineData(long.MaxValue)]
    public void A_negative_or_absurd_build_cost_is_refused_naming_the_limit(long cost)
    {
        var input = Valid();
        input.BuildCost = cost;

        var error = Assert.Single(AppRules.Check(input, Licenses));

        Assert.Equal(("BuildCost", "Catalog.BuildCostRange"), (error.Field, error.Key));
        Assert.Equal([AppRules.BuildCostMax], error.Arguments);
    }

    [Fact]
    public void No_build_cost_is_fine() => Assert.Empty(AppRules.Check(Valid(), Licenses));

    [Theory]
    [InlineData("MIT", true)]
    [InlineData("GPL-3.0-or-later OR Apache-2.0", true)]
    [InlineData("(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0", true)]
    [InlineData("MIT OR", false)]
    [InlineData("(MIT", false)]
    [InlineData("MIT AND AND GPL-3.0", false)]
    [InlineData("<script>", false)]
    [InlineData("Foo-1.0", false)]
    public void License_expressions_must_be_well_formed(string expression, bool valid) =>
        Assert.Equal(valid, Licenses.IsValid(expression));

    private static AppInput Valid() => new()
    {
        Name = "E-Kinerja",
        Summary = "Penilaian kinerja ASN.",
        License = "GPL-3.0-or-later",
        RepositoryUrl = "https://git.jatengprov.go.id/e-kinerja",
        Categories = "hr, performance-management",
        Languages = "PHP",
        CpuCores = 4,
        RamGb = 8,
        Contacts = [new MaintenanceContact { Name = "Sri", Email = "sri@jatengprov.go.id" }],
    };
}
