using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class ThemeContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string DefaultCss = "/_content/Marketplace.Themes.Default/css/site.css";
    private const string ContrastCss = "/_content/Marketplace.Themes.HighContrast/css/contrast.css";

    public static TheoryData<string> IgnoredThemes => ["SafeMode", "DoesNotExist", "../Default", ""];

    [Fact]
    public async Task Pages_use_the_configured_Default_theme()
    {
        using var client = Host.CreateClient();

        var stylesheets = Html.Stylesheets(await Html.GetPageAsync(client, "/"));

        Assert.Equal([DefaultCss], stylesheets.Select(Html.Unversioned));
        await AssertServedAsync(client, stylesheets);
    }

    [Fact]
    public async Task Choosing_HighContrast_adds_its_stylesheet_to_later_pages()
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/", "/tema", ("theme", "HighContrast"), ("returnUrl", "/tentang"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tentang", response.Headers.Location?.OriginalString);
        var stylesheets = Html.Stylesheets(await Html.GetPageAsync(client, "/tentang"));
        Assert.Equal([DefaultCss, ContrastCss], stylesheets.Select(Html.Unversioned));
        await AssertServedAsync(client, stylesheets);
    }

    [Theory]
    [MemberData(nameof(IgnoredThemes))]
    public async Task Choosing_a_theme_that_is_not_selectable_changes_nothing(string theme)
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/", "/tema", ("theme", theme), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([DefaultCss], Html.Stylesheets(await Html.GetPageAsync(client, "/")).Select(Html.Unversioned));
    }

    private static async Task AssertServedAsync(HttpClient client, IEnumerable<string> stylesheets)
    {
        foreach (var stylesheet in stylesheets)
        {
            using var response = await client.GetAsync(stylesheet);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{stylesheet} answered {(int)response.StatusCode}.");
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ThemeOnSqlite(SqliteHostFixture fixture) : ThemeContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ThemeOnPostgres(PostgresHostFixture fixture) : ThemeContract(fixture);
