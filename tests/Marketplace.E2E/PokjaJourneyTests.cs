using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// A pokja discussion from the first post to an endorsed recommendation, in the browser with axe on every new page:
/// a Kurator adds a new member to pokja Kebijakan, a member opens a thread mentioning a colleague, who is notified and
/// answers; the newcomer's advertisement is flagged and the Kurator hides it from the moderation queue; the thread becomes
/// a recommendation, which is revised, reviewed by the pokja and endorsed, and the pokja's page lists it.
/// </summary>
public sealed class PokjaJourneyTests(SiteFixture site) : BrowserTest(site)
{
    private const string Board = "/forum/pokja-kebijakan";

    [Fact]
    public async Task A_pokja_thread_becomes_an_endorsed_recommendation_with_a_mention_and_a_flag_on_the_way()
    {
        var password = await DemoPasswordAsync(Page);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Aplikasi umum SPBE untuk layanan perizinan {suffix}";
        var kurator = await NewPageAsync();
        await SignInAsKuratorAsync(kurator);
        var newcomer = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");

        // The Kurator adds a newcomer to the pokja.
        await kurator.OpenAsync(Board + "/anggota");
        await kurator.GetByLabel("Alamat surel").FillAsync(newcomer.Email!);
        await kurator.GetByRole(AriaRole.Button, new() { Name = "Tambahkan" }).ClickAndWaitForNavigationAsync(kurator);
        await Expect(kurator.Locator("main")).ToContainTextAsync(newcomer.Email!);
        await kurator.AssertAccessibleAsync();

        // Semarang opens the discussion and mentions Palembang.
        await LoginAsync(Page, "dewi.lestari@semarangkota.go.id", password);
        await Page.OpenAsync(Board);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Topik baru" }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByLabel("Judul").FillAsync(title);
        await Page.GetByLabel("Isi pesan").FillAsync(
            "Perpres 95/2018 meminta **aplikasi umum** dipakai bersama. Perizinan kami masih dibangun sendiri-sendiri.\n\n" +
            "@yusuf.hidayat, bagaimana pengalaman Palembang memakai aplikasi umum?");
        await Page.GetByLabel("Tag").FillAsync("spbe, aplikasi umum");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan topik" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(Page.Locator("main a").Filter(new() { HasText = "@yusuf.hidayat" })).ToBeVisibleAsync();
        var thread = new Uri(Page.Url).AbsolutePath;

        // Palembang finds the mention in its notifications and answers.
        var palembang = await NewPageAsync();
        await LoginAsync(palembang, "yusuf.hidayat@palembang.go.id", password);
        await palembang.OpenAsync("/notifikasi");
        var mention = palembang.Locator("main li").Filter(new() { HasText = title });
        await Expect(mention).ToContainTextAsync("menyebut Anda di");
        await palembang.AssertAccessibleAsync();
        await mention.GetByRole(AriaRole.Button).First.ClickAndWaitForNavigationAsync(palembang);
        Assert.StartsWith(thread, new Uri(palembang.Url).AbsolutePath, StringComparison.Ordinal);
        await palembang.GetByLabel("Isi pesan").FillAsync(
            "Palembang memakai e-Parkir bersama dua kota lain. Kuncinya **perjanjian dukungan** dan SSO nasional.");
        await palembang.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAndWaitForNavigationAsync(palembang);
        await Expect(palembang.Locator("#pesan-2")).ToContainTextAsync("perjanjian dukungan");

        // The newcomer advertises; Semarang flags it; the Kurator hides it from the queue.
        var singkawang = await NewPageAsync();
        await LoginAsync(singkawang, newcomer.Email!, TestAccounts.Password);
        await singkawang.OpenAsync(thread);
        await singkawang.GetByLabel("Isi pesan").FillAsync("Jual server murah, hubungi kami sekarang juga!");
        await singkawang.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAndWaitForNavigationAsync(singkawang);
        await Expect(singkawang.Locator("#pesan-3")).ToContainTextAsync("Jual server murah");

        await Page.OpenAsync(thread);
        var advert = Page.Locator("#pesan-3");
        await advert.Locator("summary").Filter(new() { HasText = "Tandai" }).ClickAsync();
        await advert.GetByLabel("Spam atau iklan").CheckAsync();
        await advert.GetByRole(AriaRole.Button, new() { Name = "Kirim tanda" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("sudah Anda tandai");
        await Page.AssertAccessibleAsync();

        await kurator.OpenAsync("/forum/moderasi");
        var queued = kurator.Locator("article").Filter(new() { HasText = title });
        await Expect(queued).ToContainTextAsync("Spam atau iklan");
        await kurator.AssertAccessibleAsync();
        await queued.GetByLabel("Alasan").FillAsync("Iklan, tidak terkait pembahasan pokja.");
        await queued.GetByRole(AriaRole.Button, new() { Name = "Sembunyikan pesan" }).ClickAndWaitForNavigationAsync(kurator);
        await Expect(kurator.Locator("article").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        await kurator.OpenAsync("/forum/moderasi/log");
        await Expect(kurator.Locator("main table")).ToContainTextAsync("Pesan disembunyikan");
        await kurator.AssertAccessibleAsync();
        await Page.OpenAsync(thread);
        await Expect(Page.Locator("#pesan-3")).Not.ToContainTextAsync("Jual server murah");
        await Expect(Page.Locator("#pesan-3")).ToContainTextAsync("Iklan, tidak terkait pembahasan pokja.");

        // Semarang turns the thread into a recommendation, revises it and asks the pokja to review it.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Susun rekomendasi" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        var recommendation = $"Rekomendasi aplikasi umum perizinan {suffix}";
        await Page.GetByLabel("Judul rekomendasi").FillAsync(recommendation);
        await Page.GetByLabel("Isi rekomendasi (Markdown)").FillAsync(
            "## Rekomendasi\n\n1. Daerah memakai aplikasi perizinan bersama.\n2. Kemenkominfo menyediakan SSO.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("h1")).ToContainTextAsync(recommendation);
        await Expect(Page.Locator("main")).ToContainTextAsync("Draf");
        var recommendationUrl = new Uri(Page.Url).AbsolutePath;

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ubah (versi baru)" }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByLabel("Isi rekomendasi (Markdown)").FillAsync(
            "## Rekomendasi\n\n1. Daerah memakai aplikasi perizinan bersama.\n2. Kemenkominfo menyediakan SSO.\n3. Dukungan diatur dalam perjanjian.");
        await Page.GetByLabel("Catatan perubahan").FillAsync("Menambahkan perjanjian dukungan dari masukan Palembang.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan versi baru" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Versi 2");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk ditinjau pokja" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Ditinjau pokja");

        // Palembang agrees; the Kurator endorses; the pokja page lists it.
        await palembang.OpenAsync(recommendationUrl);
        await palembang.GetByLabel("Setuju").CheckAsync();
        await palembang.GetByRole(AriaRole.Button, new() { Name = "Kirim penilaian" }).ClickAndWaitForNavigationAsync(palembang);
        await Expect(palembang.Locator("main")).ToContainTextAsync("Setuju: 1");
        await palembang.AssertAccessibleAsync();

        await kurator.OpenAsync(recommendationUrl);
        await kurator.GetByRole(AriaRole.Button, new() { Name = "Sahkan" }).ClickAndWaitForNavigationAsync(kurator);
        await Expect(kurator.Locator("main")).ToContainTextAsync("Disahkan");
        await kurator.AssertAccessibleAsync();

        await Page.OpenAsync(Board);
        var listed = Page.Locator("section.rec-board li").Filter(new() { HasText = recommendation });
        await Expect(listed).ToContainTextAsync("Disahkan");
        await Page.AssertAccessibleAsync();
        await Artifacts.ScreenshotAsync(Page, "rekomendasi-pokja");
    }

    private async Task<IPage> NewPageAsync() => await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();

    /// <summary>A Kurator of its own with two-factor on, so the demo Kurator's authenticator (set up elsewhere) does not matter.</summary>
    private async Task SignInAsKuratorAsync(IPage page)
    {
        var kurator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(Host, kurator.Email!);
        await LoginAsync(page, kurator.Email!, TestAccounts.Password, key);
    }
}
