using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Contracts;

/// <summary>Signing in: passwords, lockout, two-factor (required for Kurator and Administrator), recovery codes and password reset.</summary>
public abstract class SignInContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_account_exists()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = Host.CreateClient();

        using var wrongPassword = await AccountFlows.LoginAsync(client, member.Email!, "salah sama sekali 123");
        using var noAccount = await AccountFlows.LoginAsync(client, TestAccounts.NewEmail(), "salah sama sekali 123");

        Assert.Equal(["Email atau kata sandi salah."], AccountFlows.Errors(await wrongPassword.Content.ReadAsStringAsync()));
        Assert.Equal(["Email atau kata sandi salah."], AccountFlows.Errors(await noAccount.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_unapproved_account_learns_why_only_with_the_right_password()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", approved: false);
        using var client = Host.CreateClient();

        using var wrong = await AccountFlows.LoginAsync(client, member.Email!, "salah sama sekali 123");
        using var right = await AccountFlows.LoginAsync(client, member.Email!);

        Assert.Equal(["Email atau kata sandi salah."], AccountFlows.Errors(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(["Akun Anda menunggu persetujuan Admin Wilayah instansi Anda."], AccountFlows.Errors(await right.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = Host.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await AccountFlows.LoginAsync(client, member.Email!, $"tebakan salah nomor {i}");
        }

        using var locked = await AccountFlows.LoginAsync(client, member.Email!);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("dikunci sementara", Assert.Single(AccountFlows.Errors(await locked.Content.ReadAsStringAsync())), StringComparison.Ordinal);
        Assert.NotNull((await TestAccounts.FindAsync(Host, member.Email!))!.LockoutEnd);
    }

    [Fact]
    public async Task A_curator_must_turn_on_two_factor_before_anything_else_and_then_signs_in_with_a_code()
    {
        var curator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        using var client = Host.CreateClient();

        using var firstSignIn = await AccountFlows.LoginAsync(client, curator.Email!);
        Assert.Equal(HttpStatusCode.Redirect, firstSignIn.StatusCode);
        using var home = await client.GetAsync("/wilayah");
        Assert.Equal("/akun/keamanan/autentikator", home.Headers.Location?.OriginalString);
        using var api = await client.GetAsync("/api/v1/regions");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var setup = await Html.GetPageAsync(client, "/akun/keamanan/autentikator");
        var key = AccountFlows.AuthenticatorKey(setup);
        Assert.Contains("data:image/png;base64,", setup, StringComparison.Ordinal);
        using var wrongCode = await AccountFlows.SubmitPageAsync(client, "/akun/keamanan/autentikator", ("Code", "000000"));
        Assert.Contains("Kode tidak valid. Periksa jam perangkat Anda dan coba lagi.", AccountFlows.Errors(await wrongCode.Content.ReadAsStringAsync()));
        using var enabled = await AccountFlows.SubmitPageAsync(client, "/akun/keamanan/autentikator", ("Code", TestAccounts.TotpCode(key)));
        Assert.Equal("/akun/keamanan/kode-pemulihan", enabled.Headers.Location?.OriginalString);
        Assert.Equal(10, AccountFlows.RecoveryCodes(await Html.GetPageAsync(client, "/akun/keamanan/kode-pemulihan")).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/wilayah")).StatusCode);

        using var fresh = Host.CreateClient();
        using var password = await AccountFlows.LoginAsync(fresh, curator.Email!);
        Assert.StartsWith("/akun/masuk/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var badSecondStep = await AccountFlows.SubmitPageAsync(fresh, "/akun/masuk/2fa", ("Code", "123456"));
        Assert.Contains("Kode tidak valid. Periksa jam perangkat Anda dan coba lagi.", AccountFlows.Errors(await badSecondStep.Content.ReadAsStringAsync()));
        using var secondStep = await AccountFlows.SubmitPageAsync(fresh, "/akun/masuk/2fa", ("Code", TestAccounts.TotpCode(key)));
        Assert.Equal(HttpStatusCode.Redirect, secondStep.StatusCode);
        Assert.Equal("/", secondStep.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/regions")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var curator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        using var setupClient = Host.CreateClient();
        await AccountFlows.LoginAsync(setupClient, curator.Email!);
        var key = AccountFlows.AuthenticatorKey(await Html.GetPageAsync(setupClient, "/akun/keamanan/autentikator"));
        await AccountFlows.SubmitPageAsync(setupClient, "/akun/keamanan/autentikator", ("Code", TestAccounts.TotpCode(key)));
        var code = AccountFlows.RecoveryCodes(await Html.GetPageAsync(setupClient, "/akun/keamanan/kode-pemulihan"))[0];

        using var first = Host.CreateClient();
        await AccountFlows.LoginAsync(first, curator.Email!);
        using var used = await AccountFlows.SubmitPageAsync(first, "/akun/masuk/pemulihan", ("RecoveryCode", code));
        using var second = Host.CreateClient();
        await AccountFlows.LoginAsync(second, curator.Email!);
        using var reused = await AccountFlows.SubmitPageAsync(second, "/akun/masuk/pemulihan", ("RecoveryCode", code));

        Assert.Equal("/", used.Headers.Location?.OriginalString);
        Assert.Contains("Kode pemulihan tidak valid atau sudah dipakai.", AccountFlows.Errors(await reused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Pages_of_an_account_ask_a_visitor_to_sign_in()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/akun/keamanan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/masuk?ReturnUrl=%2Fakun%2Fkeamanan", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_reset_answers_the_same_for_unknown_addresses_and_the_mailed_link_sets_a_new_password()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var stranger = TestAccounts.NewEmail();
        using var client = Host.CreateClient();

        using var known = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", member.Email!));
        using var unknown = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", stranger));
        Assert.Equal(MainContent(await known.Content.ReadAsStringAsync()), MainContent(await unknown.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(MailPickup.All(Host.DataPath), m => m.To.Mailboxes.Any(b => b.Address == stranger));

        var link = MailPickup.LinkStartingWith(await MailPickup.WaitForAsync(Host.DataPath, member.Email!), Host.BaseAddress + "akun/atur-ulang-sandi");
        var page = new Uri(link).PathAndQuery;
        using var reset = await AccountFlows.SubmitPageAsync(client, page, ("Input.Password", "teh manis hangat sore"), ("Input.ConfirmPassword", "teh manis hangat sore"));
        Assert.Equal("/akun/masuk", reset.Headers.Location?.OriginalString);

        using var oldPassword = await AccountFlows.LoginAsync(Host.CreateClient(), member.Email!);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await AccountFlows.LoginAsync(Host.CreateClient(), member.Email!, "teh manis hangat sore");
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        using var replay = await AccountFlows.SubmitPageAsync(client, page, ("Input.Password", "kembali ke sandi lama"), ("Input.ConfirmPassword", "kembali ke sandi lama"));
        Assert.Contains("Tautan ini tidak valid atau sudah kedaluwarsa. Minta tautan baru.", AccountFlows.Errors(await replay.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_member_who_chooses_English_on_the_site_gets_mail_in_English()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, member.Email!);

        using var switched = await Forms.SubmitAsync(client, "/", "/bahasa", ("culture", "en"), ("returnUrl", "/"));
        using var anonymous = Host.CreateClient();
        using var reset = await AccountFlows.SubmitPageAsync(anonymous, "/akun/lupa-sandi", ("Email", member.Email!));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("en", (await TestAccounts.FindAsync(Host, member.Email!))!.PreferredCulture);
        Assert.Equal("Reset your Forum Kominfo password", (await MailPickup.WaitForAsync(Host.DataPath, member.Email!)).Subject);
    }

    private static string MainContent(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}

[Collection(SqliteCollection.Name)]
public sealed class SignInOnSqlite(SqliteHostFixture fixture) : SignInContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SignInOnPostgres(PostgresHostFixture fixture) : SignInContract(fixture);
