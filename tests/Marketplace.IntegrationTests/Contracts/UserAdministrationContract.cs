using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class UserAdministrationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task An_administrator_makes_a_member_the_region_admin_who_then_sees_the_approval_list()
    {
        var (admin, _) = await SignedInAdministratorAsync();
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "16.71", TestAccounts.NewEmail("palembang.go.id"));

        Assert.Contains(member.Email!, await Html.GetPageAsync(admin, "/admin/pengguna?wilayah=16.71"), StringComparison.Ordinal);
        using var saved = await AccountFlows.SubmitPageAsync(admin, $"/admin/pengguna/{member.Id}?handler=Roles", ("roles", Roles.Anggota), ("roles", Roles.AdminWilayah));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([Roles.AdminWilayah, Roles.Anggota], (await TestAccounts.RolesAsync(Host, member.Email!)).Order());
        using var memberClient = Host.CreateClient();
        await AccountFlows.LoginAsync(memberClient, member.Email!);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/akun/persetujuan")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_and_unknown_roles_are_ignored()
    {
        var (admin, account) = await SignedInAdministratorAsync();

        using var response = await AccountFlows.SubmitPageAsync(admin, $"/admin/pengguna/{account.Id}?handler=Roles", ("roles", Roles.Anggota), ("roles", "Superuser"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator], await TestAccounts.RolesAsync(Host, account.Email!));
        Assert.Contains("tidak dapat mencabut peran Administrator", await Html.GetPageAsync(admin, $"/admin/pengguna/{account.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_lifts_a_lockout()
    {
        var (admin, _) = await SignedInAdministratorAsync();
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using (var guesser = Host.CreateClient())
        {
            for (var i = 0; i < 5; i++)
            {
                using var _ = await AccountFlows.LoginAsync(guesser, member.Email!, $"tebakan salah {i}");
            }
        }

        using var unlocked = await AccountFlows.SubmitPageAsync(admin, $"/admin/pengguna/{member.Id}?handler=Unlock");
        using var signIn = await AccountFlows.LoginAsync(Host.CreateClient(), member.Email!);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData(Roles.AdminWilayah)]
    [InlineData(Roles.Anggota)]
    public async Task Only_administrators_reach_user_administration(string role)
    {
        var other = await TestAccounts.CreateAsync(Host, role, "61.72");
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, other.Email!);

        using var list = await client.GetAsync("/admin/pengguna");
        var token = await Forms.GetAntiforgeryAsync(client, "/");
        using var change = await Forms.PostAsync(client, $"/admin/pengguna/{other.Id}?handler=Roles",
            ("roles", Roles.Administrator), ("__RequestVerificationToken", token));

        Assert.Equal("/akun/ditolak", list.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/ditolak", change.Headers.Location?.AbsolutePath);
        Assert.Equal([role], await TestAccounts.RolesAsync(Host, other.Email!));
    }

    [Fact]
    public async Task An_unknown_user_is_404()
    {
        var (admin, _) = await SignedInAdministratorAsync();

        using var response = await admin.GetAsync("/admin/pengguna/bukan-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpClient Client, ApplicationUser Account)> SignedInAdministratorAsync()
    {
        var account = await TestAccounts.CreateAsync(Host, Roles.Administrator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(Host, account.Email!);
        var client = Host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, account.Email!, key);
        return (client, account);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UserAdministrationOnSqlite(SqliteHostFixture fixture) : UserAdministrationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class UserAdministrationOnPostgres(PostgresHostFixture fixture) : UserAdministrationContract(fixture);
