using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// The journey of issue 4 in a real browser: Singkawang finds Palembang's e-Parkir, asks to adopt it, Palembang approves,
/// Singkawang plans, goes live and reviews it; the region pages and /statistik show it, and a screenshot of the
/// statistics page is kept for a person to look at.
/// </summary>
public sealed class AdoptionJourneyTests(SiteFixture site) : BrowserTest(site)
{
    private const string Slug = "e-parkir-palembang";

    [Fact]
    public async Task Singkawang_adopts_Palembangs_parking_application_from_request_to_review()
    {
        var password = await DemoPasswordAsync(Page);

        // Singkawang's member finds the application and sees how it fits the city's declared servers.
        await LoginAsync(Page, "lina.marlina@singkawangkota.go.id", password);
        await Page.OpenAsync("/katalog?q=parkir");
        await Page.GetByRole(AriaRole.Link, new() { Name = "e-Parkir Palembang", Exact = true }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByLabel("Jumlah pengguna yang diharapkan").FillAsync("2500");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hitung ulang" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Butuh 2 server (4 core, 8 GB RAM, 200 GB penyimpanan), tersedia 1.");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ajukan adopsi" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Alasan").FillAsync("Retribusi parkir Singkawang masih tunai; kami ingin setoran langsung ke kas daerah.");
        await Page.GetByLabel("Perkiraan jumlah pengguna").FillAsync("2500");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim permintaan" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/adopsi/\d+$"));
        var adoptionPath = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.Locator("main")).ToContainTextAsync("Status: diajukan", new() { IgnoreCase = true });
        await Page.AssertAccessibleAsync();

        // Palembang's AdminWilayah sees the request waiting and approves it.
        var palembang = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await LoginAsync(palembang, "diskominfo@palembang.go.id", password);
        await palembang.OpenAsync("/adopsi");
        await Expect(palembang.Locator("main")).ToContainTextAsync("Perlu keputusan");
        await palembang.AssertAccessibleAsync();
        await palembang.OpenAsync(adoptionPath);
        await palembang.GetByRole(AriaRole.Button, new() { Name = "Setujui", Exact = true }).ClickAndWaitForNavigationAsync(palembang);
        await Expect(palembang.Locator("main")).ToContainTextAsync("Status: disetujui", new() { IgnoreCase = true });
        await Expect(palembang.Locator("main")).ToContainTextAsync("Siapkan 2 server");

        // Singkawang plans: every step of the generated plan is worked through, then the application goes live.
        await Page.OpenAsync(adoptionPath);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mulai perencanaan" }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ubah rencana" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        // The generated steps; the empty rows below them (for new steps) stay untouched.
        var rows = Page.Locator("fieldset.milestone-row");
        var generated = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            if (await rows.Nth(i).Locator("input[name$='].Title']").InputValueAsync() is { Length: > 0 })
            {
                await rows.Nth(i).Locator("select[name$='].State']").SelectOptionAsync("Selesai");
                generated++;
            }
        }

        Assert.True(generated >= 8, $"Only {generated} steps in the generated plan.");

        await Page.GetByLabel("Nama kontak").FillAsync("Muhammad Rizki");
        await Page.GetByLabel("Email kontak").FillAsync("diskominfo@palembang.go.id");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan rencana" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rencana kerja disimpan.");
        await Expect(Page.Locator("main")).ToContainTextAsync("(100%)");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nyatakan sudah berjalan" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Status: berjalan", new() { IgnoreCase = true });
        await Page.AssertAccessibleAsync();

        // Only now may Singkawang review it; the review names the region and how long it has run the application.
        await Page.OpenAsync($"/katalog/{Slug}/ulasan");
        await Page.GetByText("5 dari 5").ClickAsync();
        await Page.GetByLabel("Ulasan").FillAsync("Juru parkir Singkawang kini memakai QRIS; setoran harian masuk kas daerah.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim ulasan" }).ClickAndWaitForNavigationAsync(Page);
        var review = Page.Locator("section.reviews article.review").Filter(new() { HasText = "Juru parkir Singkawang kini memakai QRIS" });
        await Expect(review).ToContainTextAsync("Kota Singkawang");
        await Expect(review).ToContainTextAsync("Menggunakan sejak");
        await Expect(Page.Locator("main")).ToContainTextAsync("Kota Singkawang");
        await Page.AssertAccessibleAsync();

        // The region pages show the adoption, the province rolls it up, and the statistics count it.
        await Page.OpenAsync("/wilayah/61.72");
        await Expect(Page.Locator("main")).ToContainTextAsync("e-Parkir Palembang");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/wilayah/61");
        await Expect(Page.Locator("main")).ToContainTextAsync("Kota Singkawang");
        await Page.OpenAsync("/wilayah/16.71");
        await Expect(Page.Locator("main")).ToContainTextAsync("e-Parkir Palembang");

        var visitor = await (await NewContextAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1600, Height = 900 } })).NewPageAsync();
        await visitor.OpenAsync("/statistik");
        await Expect(visitor.Locator("main svg[role=img]").First).ToBeVisibleAsync();
        // Singkawang's adoption is the demo's only flow from Sumatera Selatan to Kalimantan Barat, and it runs.
        await Expect(visitor.Locator("#aliran ~ details tbody tr").Filter(new() { HasText = "Sumatera Selatan" }).Filter(new() { HasText = "Kalimantan Barat" }))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Sumatera Selatan\s*Kalimantan Barat\s*1\s*1"));
        await visitor.AssertAccessibleAsync();
        var shot = await Artifacts.ScreenshotAsync(visitor, "statistik");
        Assert.True(new FileInfo(shot).Length > 20_000, $"The screenshot {shot} looks empty.");
    }
}
