using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Accounts.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Accounts.Tokens;

/// <summary>Personal access tokens: made and revoked on /akun/token, accepted by the API only while valid.</summary>
public abstract partial class TokensContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_token_page_makes_a_token_shown_once_that_works_until_it_is_revoked()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "61.72");
        using var browser = Host.CreateClient();
        using var signedIn = await AccountFlows.LoginAsync(browser, publisher.Email!);

        using var made = await AccountFlows.SubmitPageAsync(browser, "/akun/token?handler=Create", ("Input.Name", "Skrip sinkronisasi"), ("Input.LifetimeDays", "90"));
        var page = await made.Content.ReadAsStringAsync();
        var token = NewTokenPattern().Match(page).Groups["token"].Value;
        using var script = ApiCalls.WithToken(Host, token);
        using var used = await script.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp("Token " + ApiCalls.UniqueWord()));
        var later = await Html.GetPageAsync(browser, "/akun/token");

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Matches("^fk_[0-9A-Za-z]{40}$", token);
        Assert.Contains("role=\"status\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, used.StatusCode);
        Assert.DoesNotContain(token, later, StringComparison.Ordinal);
        Assert.Contains("Skrip sinkronisasi", later, StringComparison.Ordinal);
        Assert.Contains(token[..8], later, StringComparison.Ordinal);
        var stored = Assert.Single(await TokensOfAsync(publisher));
        Assert.NotEqual(token, stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(PersonalAccessTokens.Hash(token), stored.TokenHash);
        Assert.Equal(token[..8], stored.Prefix);
        Assert.NotNull(stored.LastUsedAt);
        Assert.InRange(stored.ExpiresAt - stored.CreatedAt, TimeSpan.FromDays(90), TimeSpan.FromDays(90));

        using var revoked = await AccountFlows.SubmitPageAsync(browser, $"/akun/token?handler=Revoke&id={stored.Id}");
        using var refused = await script.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp("Dicabut " + ApiCalls.UniqueWord()));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Token dicabut.", await Html.GetPageAsync(browser, "/akun/token"), StringComparison.Ordinal);
        await ApiCalls.ProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_token_form_needs_a_name_and_an_offered_lifetime()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var browser = Host.CreateClient();
        using var signedIn = await AccountFlows.LoginAsync(browser, member.Email!);

        using var response = await AccountFlows.SubmitPageAsync(browser, "/akun/token?handler=Create", ("Input.Name", ""), ("Input.LifetimeDays", "7"));

        var errors = AccountFlows.Errors(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nama token wajib diisi.", errors);
        Assert.Contains("Pilih masa berlaku 30, 90 atau 365 hari.", errors);
        Assert.Empty(await TokensOfAsync(member));
    }

    [Fact]
    public async Task Nobody_revokes_another_users_token()
    {
        var owner = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        await ApiCalls.TokenAsync(Host, owner);
        var id = Assert.Single(await TokensOfAsync(owner)).Id;
        var other = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var browser = Host.CreateClient();
        using var signedIn = await AccountFlows.LoginAsync(browser, other.Email!);

        using var response = await AccountFlows.SubmitPageAsync(browser, $"/akun/token?handler=Revoke&id={id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(Assert.Single(await TokensOfAsync(owner)).RevokedAt);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "61.72");
        using var script = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, publisher));
        await Host.QueryAsync(db => db.PersonalAccessTokens.Where(t => t.UserId == publisher.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        using var response = await script.GetAsync("/api/v1/apps");

        await ApiCalls.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("fk_0000000000000000000000000000000000000000")]
    [InlineData("bukan-token")]
    public async Task An_unknown_token_is_refused_even_where_no_account_is_needed(string token)
    {
        using var script = ApiCalls.WithToken(Host, token);

        using var response = await script.GetAsync("/api/v1/apps");

        await ApiCalls.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_locked_out_accounts_token_is_refused()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "61.72");
        using var script = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, publisher));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(publisher.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        using var response = await script.GetAsync("/api/v1/apps");

        await ApiCalls.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_does_not_open_the_account_pages()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "61.72");
        using var script = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, publisher));

        using var response = await script.GetAsync("/akun/token");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun/masuk", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_curators_token_works_only_once_two_factor_is_on()
    {
        var curator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        using var script = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, curator));

        using var without = await script.GetAsync("/api/v1/apps");
        await TestAccounts.EnableTwoFactorAsync(Host, curator.Email!);
        using var with = await script.GetAsync("/api/v1/apps");

        await ApiCalls.ProblemAsync(without, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task The_security_page_links_to_the_tokens()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var browser = Host.CreateClient();
        using var signedIn = await AccountFlows.LoginAsync(browser, member.Email!);

        Assert.Contains("href=\"/akun/token\"", await Html.GetPageAsync(browser, "/akun/keamanan"), StringComparison.Ordinal);
    }

    private Task<List<PersonalAccessToken>> TokensOfAsync(ApplicationUser user) =>
        Host.QueryAsync(db => db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == user.Id).ToListAsync());

    [GeneratedRegex("""id="token-baru"[^>]*value="(?<token>fk_[0-9A-Za-z]+)""")]
    private static partial Regex NewTokenPattern();
}

[Collection(SqliteCollection.Name)]
public sealed class TokensOnSqlite(SqliteHostFixture fixture) : TokensContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class TokensOnPostgres(PostgresHostFixture fixture) : TokensContract(fixture);
