using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.Api;

namespace Marketplace.Tests.Catalog;

public sealed class CatalogApiParsingTests
{
    [Theory]
    [InlineData("License", "license")]
    [InlineData("Contacts[0].Email", "contacts[0].email")]
    [InlineData("RepositoryUrl", "repositoryUrl")]
    public void Editor_field_names_become_the_json_paths_of_the_body(string field, string path) =>
        Assert.Equal(path, ApiProblems.JsonPath(field));

    [Fact]
    public void Page_numbers_that_are_not_numbers_or_out_of_range_are_named()
    {
        var filter = new AppListQuery { Page = "abc", PageSize = "1000", Maturity = "Stable" }.ToFilter(out var errors);

        Assert.Equal(new Dictionary<string, string> { ["page"] = "abc", ["pageSize"] = "1000" }, errors);
        Assert.Equal((1, CatalogFilter.DefaultPageSize, Maturity.Stable), (filter.Page, filter.PageSize, filter.Maturity));
    }

    [Fact]
    public void Enums_are_written_as_lower_case_words() =>
        Assert.Equal(["praktik-baik", "umum", "stable"], [ApiJson.Name(CurationState.PraktikBaik), ApiJson.Name(SpbeClass.Umum), ApiJson.Name(Maturity.Stable)]);

    [Fact]
    public void A_token_is_stored_as_its_sha256_in_lower_case_hex() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PersonalAccessTokens.Hash("hello"));

    [Theory]
    [InlineData(null, 1, TokenState.Active)]
    [InlineData(null, -1, TokenState.Expired)]
    [InlineData(0, 1, TokenState.Revoked)]
    public void A_token_is_active_until_it_expires_or_is_revoked(int? revokedMinutesAgo, int expiresInMinutes, TokenState expected)
    {
        var now = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var token = new PersonalAccessToken
        {
            UserId = "u", Name = "n", TokenHash = "h", Prefix = "fk_abcde",
            ExpiresAt = now.AddMinutes(expiresInMinutes),
            RevokedAt = revokedMinutesAgo is { } ago ? now.AddMinutes(-ago) : null,
        };

        Assert.Equal(expected, PersonalAccessTokens.StateOf(token, now));
    }
}
