using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class LanguageContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    public static TheoryData<string> ForeignAddresses => ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"];

    [Fact]
    public async Task Pages_are_Indonesian_when_the_browser_states_no_language()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/");

        Assert.Equal("id", Html.Lang(html));
        Assert.Contains(">Beranda<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_English_when_the_browser_asks_for_English()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/", acceptLanguage: "en-GB,en;q=0.9");

        Assert.Equal("en", Html.Lang(html));
        Assert.Contains(">Home<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Beranda<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_English_keeps_later_pages_English_and_returns_to_the_page()
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/tentang", "/bahasa", ("culture", "en"), ("returnUrl", "/tentang"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tentang", response.Headers.Location?.OriginalString);
        var html = await Html.GetPageAsync(client, "/");
        Assert.Equal("en", Html.Lang(html));
        Assert.Contains(">Home<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_Indonesian_overrides_an_English_browser()
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/", "/bahasa", ("culture", "id"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("id", Html.Lang(await Html.GetPageAsync(client, "/", acceptLanguage: "en")));
    }

    [Fact]
    public async Task Choosing_an_unsupported_language_changes_nothing()
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/", "/bahasa", ("culture", "fr"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("id", Html.Lang(await Html.GetPageAsync(client, "/")));
    }

    [Fact]
    public async Task Choosing_a_language_without_the_antiforgery_token_is_refused()
    {
        using var client = Host.CreateClient();
        await Forms.GetAntiforgeryAsync(client, "/", "/bahasa");

        using var response = await Forms.PostAsync(client, "/bahasa", ("culture", "en"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("id", Html.Lang(await Html.GetPageAsync(client, "/")));
    }

    [Theory]
    [MemberData(nameof(ForeignAddresses))]
    public async Task Choosing_a_language_never_redirects_to_another_site(string returnUrl)
    {
        using var client = Host.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/", "/bahasa", ("culture", "en"), ("returnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LanguageOnSqlite(SqliteHostFixture fixture) : LanguageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class LanguageOnPostgres(PostgresHostFixture fixture) : LanguageContract(fixture);
