using System.Globalization;
using Marketplace.Tests.Support;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Regions;

/// <summary>The endpoint handlers called directly; the HTTP round trip belongs to the integration tests.</summary>
public sealed class RegionsApiTests(SeededRegions regions) : IClassFixture<SeededRegions>
{
    private static readonly IStringLocalizer<RegionsText> _text = new StringLocalizer<RegionsText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public async Task Without_filters_every_region_is_listed_by_code()
    {
        var list = Ok(await ListAsync(null, null));

        Assert.Equal(556, list.Length);
        Assert.Equal(list.Select(r => r.Code).Order(StringComparer.Ordinal), list.Select(r => r.Code));
        Assert.Contains(new RegionResponse("61.72", "Kota Singkawang", "city", "61"), list);
        Assert.Contains(new RegionResponse("61", "Kalimantan Barat", "province", null), list);
    }

    [Theory]
    [InlineData("city", 98)]
    [InlineData("CITY", 98)]
    [InlineData("regency", 416)]
    [InlineData("province", 38)]
    [InlineData("national", 4)]
    [InlineData("", 556)]
    public async Task Kind_filter_keeps_one_kind(string kind, int count) =>
        Assert.Equal(count, Ok(await ListAsync(kind, null)).Length);

    [Fact]
    public async Task Parent_filter_lists_the_35_regencies_and_cities_of_Jawa_Tengah()
    {
        var list = Ok(await ListAsync(null, "33"));

        Assert.Equal(35, list.Length);
        Assert.All(list, r => Assert.Equal("33", r.ParentCode));
        Assert.Equal(6, Ok(await ListAsync("city", "33")).Length);
    }

    [Fact]
    public async Task A_region_without_children_has_an_empty_list() =>
        Assert.Empty(Ok(await ListAsync(null, "61.72")));

    [Fact]
    public async Task Unknown_kind_is_a_validation_problem_naming_the_value()
    {
        var problem = Assert.IsType<ValidationProblem>((await ListAsync("village", null)).Result);

        Assert.Equal(400, problem.StatusCode);
        Assert.Contains("\"village\"", problem.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.Contains("kind", problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task Unknown_parent_is_a_404_problem()
    {
        var problem = Assert.IsType<ProblemHttpResult>((await ListAsync(null, "99")).Result);

        Assert.Equal(404, problem.StatusCode);
        Assert.Contains("\"99\"", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_names_its_province()
    {
        var region = Assert.IsType<Ok<RegionDetailResponse>>((await GetAsync("61.72")).Result).Value;

        Assert.Equal(new RegionDetailResponse("61.72", "Kota Singkawang", "city", "61", "Kalimantan Barat", null), region);
    }

    [Fact]
    public async Task A_province_counts_its_regencies_and_cities()
    {
        var region = Assert.IsType<Ok<RegionDetailResponse>>((await GetAsync("33")).Result).Value;

        Assert.Equal(new RegionDetailResponse("33", "Jawa Tengah", "province", null, null, 35), region);
    }

    [Theory]
    [InlineData("99.99", "Tidak ada wilayah")]
    [InlineData("abc", "bukan kode wilayah")]
    [InlineData("33.7", "bukan kode wilayah")]
    public async Task Unknown_and_malformed_codes_are_404_problems(string code, string detail)
    {
        var problem = Assert.IsType<ProblemHttpResult>((await GetAsync(code)).Result);

        Assert.Equal(404, problem.StatusCode);
        Assert.Contains(detail, problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    private static T Ok<T>(Results<Ok<T>, ValidationProblem, ProblemHttpResult> result) =>
        Assert.IsType<Ok<T>>(result.Result).Value!;

    private Task<Results<Ok<RegionResponse[]>, ValidationProblem, ProblemHttpResult>> ListAsync(string? kind, string? parent) =>
        InIndonesian(() => RegionsApi.ListAsync(kind, parent, regions.Directory, _text, CancellationToken.None));

    private Task<Results<Ok<RegionDetailResponse>, ProblemHttpResult>> GetAsync(string code) =>
        InIndonesian(() => RegionsApi.GetAsync(code, regions.Directory, _text, CancellationToken.None));

    // The culture flows with this test's async context only; other tests are not affected.
    private static async Task<T> InIndonesian<T>(Func<Task<T>> action)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("id");
        return await action();
    }
}
