using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Accounts;

public sealed class FirstRunSetupTests
{
    [Fact]
    public async Task The_setup_token_creates_the_first_administrator_once_and_the_page_is_gone_afterwards()
    {
        await using var host = await MarketplaceHost.StartAsync();
        var token = host.Services.GetRequiredService<FirstRun>().Token;
        using var client = host.CreateClient();
        Assert.Contains("/pengaturan-awal", await Html.GetPageAsync(client, "/akun/masuk"), StringComparison.Ordinal);

        using var wrongToken = await Setup(client, "bukan-token", "admin@kominfo.go.id");
        Assert.Contains("Token pengaturan salah.", AccountFlows.Errors(await wrongToken.Content.ReadAsStringAsync()));
        using var wrongDomain = await Setup(client, token, "admin@gmail.com");
        Assert.Contains("Gunakan alamat email dinas dengan domain yang diizinkan.", AccountFlows.Errors(await wrongDomain.Content.ReadAsStringAsync()));
        Assert.Null(await TestAccounts.FindAsync(host, "admin@gmail.com"));

        using var created = await Setup(client, token, "admin@kominfo.go.id");
        Assert.Equal("/akun/keamanan/autentikator", created.Headers.Location?.OriginalString);
        Assert.Equal([Roles.Administrator], await TestAccounts.RolesAsync(host, "admin@kominfo.go.id"));

        using var visitor = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/pengaturan-awal")).StatusCode);
        using var again = await Forms.PostAsync(visitor, "/pengaturan-awal", ("Input.Token", token));
        Assert.True(again.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"A second setup answered {again.StatusCode}.");
        Assert.DoesNotContain("/pengaturan-awal", await Html.GetPageAsync(host.CreateClient(), "/akun/masuk"), StringComparison.Ordinal);
        host.AssertNoUnexpectedProblems();
    }

    private static Task<HttpResponseMessage> Setup(HttpClient client, string token, string email) =>
        AccountFlows.SubmitPageAsync(client, "/pengaturan-awal",
            ("Input.Token", token), ("Input.FullName", "Arief Setiawan"), ("Input.Email", email),
            ("Input.Password", TestAccounts.Password), ("Input.ConfirmPassword", TestAccounts.Password));
}
