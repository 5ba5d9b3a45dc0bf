using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Contracts;

/// <summary>Registration, confirmation by e-mail and approval by the region's admin, with the bad inputs each step must refuse.</summary>
public abstract class RegistrationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_new_member_registers_confirms_by_mail_is_approved_by_the_region_admin_and_signs_in()
    {
        var admin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "61.72", TestAccounts.NewEmail());
        var email = TestAccounts.NewEmail();
        using var visitor = Host.CreateClient();

        using var registered = await AccountFlows.RegisterAsync(visitor, email);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/akun/daftar/terkirim", registered.Headers.Location?.OriginalString);

        var confirmation = await MailPickup.WaitForAsync(Host.DataPath, email);
        Assert.Equal("Konfirmasi pendaftaran Forum Kominfo", confirmation.Subject);
        Assert.NotNull(confirmation.HtmlBody);
        var link = MailPickup.LinkStartingWith(confirmation, Host.BaseAddress + "akun/konfirmasi");

        using var signInTooEarly = await AccountFlows.LoginAsync(visitor, email);
        Assert.Contains("belum dikonfirmasi", await signInTooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("sudah dikonfirmasi", await Html.GetPageAsync(visitor, link), StringComparison.Ordinal);
        var pendingNotice = await MailPickup.WaitForAsync(Host.DataPath, admin.Email!);
        Assert.Equal("Anggota baru menunggu persetujuan", pendingNotice.Subject);
        Assert.Contains(email, pendingNotice.TextBody, StringComparison.Ordinal);

        using var waiting = await AccountFlows.LoginAsync(visitor, email);
        Assert.Contains("menunggu persetujuan", await waiting.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var adminClient = Host.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountFlows.LoginAsync(adminClient, admin.Email!)).StatusCode);
        var member = await TestAccounts.FindAsync(Host, email);
        Assert.Contains(email, await Html.GetPageAsync(adminClient, "/akun/persetujuan"), StringComparison.Ordinal);
        using var approved = await AccountFlows.SubmitPageAsync(adminClient, "/akun/persetujuan?handler=Approve", ("id", member!.Id));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.NotNull(await MailPickup.WaitForAsync(Host.DataPath, email, m => m.Subject == "Akun Forum Kominfo Anda sudah disetujui"));

        using var signedIn = await AccountFlows.LoginAsync(visitor, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Contains(email, await Html.GetPageAsync(visitor, "/akun/keamanan"), StringComparison.Ordinal);
        Assert.Contains(Roles.Anggota, (await TestAccounts.RolesAsync(Host, email)));
    }

    [Fact]
    public async Task Registration_mail_is_in_English_for_a_visitor_who_reads_English()
    {
        var email = TestAccounts.NewEmail();
        using var visitor = Host.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var registered = await AccountFlows.RegisterAsync(visitor, email);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mail = await MailPickup.WaitForAsync(Host.DataPath, email);
        Assert.Equal("Confirm your Forum Kominfo registration", mail.Subject);
        Assert.Contains("Hello Andi Pratama", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("andi@gmail.com", "Pendaftaran hanya untuk email dinas dengan domain go.id.")]
    [InlineData("andi@singkawangkota.go.id.evil.com", "Pendaftaran hanya untuk email dinas dengan domain go.id.")]
    [InlineData("bukan-email", "Alamat email bukan alamat email yang valid.")]
    public async Task Addresses_outside_the_allowed_domains_are_refused(string email, string message)
    {
        using var visitor = Host.CreateClient();

        using var response = await AccountFlows.RegisterAsync(visitor, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
        Assert.Null(await TestAccounts.FindAsync(Host, email));
    }

    [Theory]
    [InlineData("pendek", "Kata sandi minimal 10 karakter.")]
    [InlineData("password2026", "Kata sandi ini terlalu mudah ditebak. Pakai kalimat sandi yang lebih panjang dan tidak memuat nama email Anda.")]
    [InlineData("aaaaaaaaaaaaaa", "Kata sandi harus memuat setidaknya 4 karakter yang berbeda.")]
    public async Task Weak_passwords_are_refused_and_what_was_typed_is_kept(string password, string message)
    {
        var email = TestAccounts.NewEmail();
        using var visitor = Host.CreateClient();

        using var response = await AccountFlows.RegisterAsync(visitor, email, password: password, name: "Siti Rahmawati");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, AccountFlows.Errors(html));
        Assert.Contains("value=\"Siti Rahmawati\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{password}\"", html, StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(Host, email));
    }

    [Fact]
    public async Task Registering_an_existing_address_looks_the_same_creates_nothing_and_tells_the_owner()
    {
        var owner = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var visitor = Host.CreateClient();

        using var response = await AccountFlows.RegisterAsync(visitor, owner.Email!, region: "33.74", name: "Orang Lain");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun/daftar/terkirim", response.Headers.Location?.OriginalString);
        var account = await TestAccounts.FindAsync(Host, owner.Email!);
        Assert.Equal(("61.72", owner.FullName), (account!.RegionCode, account.FullName));
        Assert.Equal("Pendaftaran dengan alamat email Anda", (await MailPickup.WaitForAsync(Host.DataPath, owner.Email!)).Subject);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_Indonesian()
    {
        using var visitor = Host.CreateClient();

        using var response = await AccountFlows.SubmitPageAsync(visitor, "/akun/daftar");

        var errors = AccountFlows.Errors(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama lengkap wajib diisi.", errors);
        Assert.Contains("Alamat email wajib diisi.", errors);
        Assert.Contains("Instansi / wilayah wajib diisi.", errors);
        Assert.Contains("Kata sandi wajib diisi.", errors);
    }

    [Fact]
    public async Task An_unknown_region_code_is_refused()
    {
        var email = TestAccounts.NewEmail();
        using var visitor = Host.CreateClient();

        using var response = await AccountFlows.RegisterAsync(visitor, email, region: "99.99");

        Assert.Contains("Instansi atau wilayah ini tidak dikenal.", AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
        Assert.Null(await TestAccounts.FindAsync(Host, email));
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var email = TestAccounts.NewEmail();
        using var visitor = Host.CreateClient();

        using var response = await Forms.PostAsync(visitor, "/akun/daftar",
            ("Input.FullName", "Tanpa Token"), ("Input.Email", email), ("Input.RegionCode", "61.72"),
            ("Input.Password", TestAccounts.Password), ("Input.ConfirmPassword", TestAccounts.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Permintaan tidak valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await TestAccounts.FindAsync(Host, email));
    }

    [Fact]
    public async Task A_forged_confirmation_link_confirms_nothing()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", confirmed: false, approved: false);
        using var visitor = Host.CreateClient();

        var html = await Html.GetPageAsync(visitor, $"/akun/konfirmasi?userId={member.Id}&code=palsu");

        Assert.Contains("tidak valid atau sudah kedaluwarsa", html, StringComparison.Ordinal);
        Assert.False((await TestAccounts.FindAsync(Host, member.Email!))!.EmailConfirmed);
    }

    [Fact]
    public async Task A_region_admin_cannot_approve_a_member_of_another_region()
    {
        var palembangAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "16.71", TestAccounts.NewEmail("palembang.go.id"));
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", approved: false);
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, palembangAdmin.Email!);

        Assert.DoesNotContain(member.Email!, await Html.GetPageAsync(client, "/akun/persetujuan"), StringComparison.Ordinal);
        using var response = await AccountFlows.SubmitPageAsync(client, "/akun/persetujuan?handler=Approve", ("id", member.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun/ditolak", response.Headers.Location?.AbsolutePath);
        Assert.Null((await TestAccounts.FindAsync(Host, member.Email!))!.ApprovedAt);
    }

    [Fact]
    public async Task A_member_cannot_open_the_approval_list()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, member.Email!);

        using var response = await client.GetAsync("/akun/persetujuan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/akun/ditolak", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Declining_removes_the_pending_account_and_mails_the_reason()
    {
        var admin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "61.72");
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", approved: false);
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, admin.Email!);

        using var response = await AccountFlows.SubmitPageAsync(client, "/akun/persetujuan?handler=Decline", ("id", member.Id), ("reason", "Bukan pegawai Diskominfo Singkawang"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await TestAccounts.FindAsync(Host, member.Email!));
        var mail = await MailPickup.WaitForAsync(Host.DataPath, member.Email!);
        Assert.Contains("Bukan pegawai Diskominfo Singkawang", mail.TextBody, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrationOnSqlite(SqliteHostFixture fixture) : RegistrationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RegistrationOnPostgres(PostgresHostFixture fixture) : RegistrationContract(fixture);
