using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.BestPractices;

/// <summary>Praktik Baik articles through the real pages: a Kurator writes, previews, publishes and features; nobody else writes.</summary>
public abstract partial class BestPracticeArticlesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_Kurator_previews_without_saving_then_publishes_and_features_an_article_seen_everywhere()
    {
        var slug = await BestPracticeFlows.PublishAppAsync(Host);
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var title = "Praktik " + Guid.NewGuid().ToString("N")[..8];
        var form = BestPracticeFlows.ArticleForm(title, "## Hasil\n\nSetoran **tercatat**.", apps: slug, regions: "16.71, 33", featured: true);

        using var preview = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis", [.. form, ("pratinjau", "true")]);
        var previewPage = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<h2 id=\"pratinjau-judul\">Pratinjau</h2>", previewPage, StringComparison.Ordinal);
        Assert.Contains("Setoran <strong>tercatat</strong>.", previewPage, StringComparison.Ordinal);
        Assert.Contains("## Hasil", previewPage, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.BestPracticeArticles.AnyAsync(a => a.Title == title)));

        var article = await BestPracticeFlows.WriteAsync(kurator, form);

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/praktik-baik/{article}");
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Setoran <strong>tercatat</strong>.", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/katalog/{slug}\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/16.71\">Kota Palembang</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/33\">Jawa Tengah</a>", page, StringComparison.Ordinal);
        Assert.Contains($"/praktik-baik/{article}\">{title}</a>", await Html.GetPageAsync(Host.CreateClient(), "/praktik-baik"), StringComparison.Ordinal);
        Assert.Contains($"/praktik-baik/{article}\">{title}</a>", await Html.GetPageAsync(Host.CreateClient(), "/"), StringComparison.Ordinal);
        Assert.Contains($"/praktik-baik/{article}\">{title}</a>", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
        Assert.Contains($"/praktik-baik/{article}\">{title}</a>", await Html.GetPageAsync(Host.CreateClient(), "/wilayah/16.71"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/praktik-baik/{article}\"", await Html.GetPageAsync(Host.CreateClient(), "/wilayah/61.72"), StringComparison.Ordinal);

        using var api = await Host.CreateClient().GetAsync("/api/v1/best-practices");
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var item = json.RootElement.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == article);
        Assert.True(item.GetProperty("featured").GetBoolean());
        Assert.Equal([slug], item.GetProperty("apps").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["16.71", "33"], item.GetProperty("regions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("## Hasil\n\nSetoran **tercatat**.", item.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_draft_is_seen_by_Kurator_only_and_unfeaturing_takes_it_off_the_home_page()
    {
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var title = "Draf " + Guid.NewGuid().ToString("N")[..8];
        var article = await BestPracticeFlows.WriteAsync(kurator, BestPracticeFlows.ArticleForm(title, publish: false));

        await Html.GetPageAsync(Host.CreateClient(), $"/praktik-baik/{article}", HttpStatusCode.NotFound);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        await Html.GetPageAsync(member, $"/praktik-baik/{article}", HttpStatusCode.NotFound);
        Assert.Contains("Draf</span>", await Html.GetPageAsync(kurator, $"/praktik-baik/{article}"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await Html.GetPageAsync(Host.CreateClient(), "/praktik-baik"), StringComparison.Ordinal);
        Assert.DoesNotContain(article, await (await Host.CreateClient().GetAsync("/api/v1/best-practices")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Published and featured, then edited back off the home page; the address stays though the title changes.
        var edit = $"/praktik-baik/{article}/ubah";
        using var published = await AccountFlows.SubmitPageAsync(kurator, edit, BestPracticeFlows.ArticleForm(title + " terbit", featured: true));
        Assert.Equal($"/praktik-baik/{article}", published.Headers.Location?.OriginalString);
        Assert.Contains(title + " terbit", await Html.GetPageAsync(Host.CreateClient(), "/"), StringComparison.Ordinal);
        using var unfeatured = await AccountFlows.SubmitPageAsync(kurator, edit, BestPracticeFlows.ArticleForm(title + " terbit"));
        Assert.Equal(HttpStatusCode.Redirect, unfeatured.StatusCode);
        Assert.DoesNotContain(title, await Html.GetPageAsync(Host.CreateClient(), "/"), StringComparison.Ordinal);
        Assert.Contains(title + " terbit", await Html.GetPageAsync(Host.CreateClient(), $"/praktik-baik/{article}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await kurator.GetAsync("/praktik-baik/tidak-ada-artikel-ini/ubah")).StatusCode);
    }

    [Fact]
    public async Task Nobody_but_a_Kurator_reaches_a_write_page()
    {
        var slug = await BestPracticeFlows.PublishAppAsync(Host);
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var title = "Terkunci " + Guid.NewGuid().ToString("N")[..8];
        var article = await BestPracticeFlows.WriteAsync(kurator, BestPracticeFlows.ArticleForm(title));
        string[] pages = ["/praktik-baik/tulis", $"/praktik-baik/{article}/ubah", $"/katalog/{slug}/kurasi", "/praktik-baik/kurasi"];

        foreach (var role in new[] { Roles.Administrator, Roles.AdminWilayah, Roles.Penerbit, Roles.Anggota })
        {
            var (client, _) = await BestPracticeFlows.SignedInAsync(Host, role, "33.74");
            var token = await Forms.GetAntiforgeryAsync(client, "/");
            foreach (var page in pages)
            {
                await Html.GetPageAsync(client, page, HttpStatusCode.Forbidden);
                if (page == "/praktik-baik/kurasi")
                {
                    continue; // a list, nothing to post
                }

                using var post = await Forms.PostAsync(client, page, [.. BestPracticeFlows.ArticleForm("Diambil alih"), ("Input.State", "PraktikBaik"), ("__RequestVerificationToken", token)]);
                Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"{role} posting to {page} got {post.StatusCode}");
            }
        }

        foreach (var page in pages)
        {
            using var anonymous = await Host.CreateClient().GetAsync(page);
            Assert.Equal("/akun/masuk", anonymous.Headers.Location?.AbsolutePath);
        }

        Assert.False(await Host.QueryAsync(db => db.BestPracticeArticles.AnyAsync(a => a.Title == "Diambil alih")));
        Assert.Equal(title, await Host.QueryAsync(db => db.BestPracticeArticles.Where(a => a.Slug == article).Select(a => a.Title).SingleAsync()));
        Assert.False(await Host.QueryAsync(db => db.AppCurations.AnyAsync(c => db.Apps.Any(a => a.Id == c.AppId && a.Slug == slug))));
    }

    [Theory]
    [InlineData("tidak-ada-aplikasi-ini", "", "Input.AppSlugs", "Aplikasi tidak ada di katalog: tidak-ada-aplikasi-ini.")]
    [InlineData("", "99.99, 33", "Input.RegionCodes", "Kode wilayah tidak dikenal: 99.99.")]
    [InlineData("", "<script>", "Input.RegionCodes", "Kode wilayah tidak dikenal: <script>.")]
    public async Task Unknown_applications_and_regions_are_refused_with_a_message(string apps, string regions, string field, string message)
    {
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        var title = "Tautan " + Guid.NewGuid().ToString("N")[..8];

        using var response = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis", BestPracticeFlows.ArticleForm(title, apps: apps, regions: regions));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(html));
        Assert.Contains($"name=\"{field}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.BestPracticeArticles.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_draft_application_cannot_be_linked()
    {
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var draft = CatalogFlows.UniqueName("Draf");
        using var saved = await CatalogFlows.PublishAsync(owner, draft, publish: false);
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);

        using var response = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis", BestPracticeFlows.ArticleForm("Draf tertaut", apps: Marketplace.Web.Features.Catalog.Slugs.From(draft)));

        Assert.Contains($"Aplikasi tidak ada di katalog: {Marketplace.Web.Features.Catalog.Slugs.From(draft)}.", AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Empty_fields_and_a_featured_draft_are_refused_beside_their_inputs()
    {
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);

        using var response = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis",
            ("Input.Title", "  "), ("Input.Summary", ""), ("Input.Body", " \n "), ("Input.Publish", "false"), ("Input.Featured", "true"));
        var errors = AccountFlows.Errors(await response.Content.ReadAsStringAsync());

        Assert.Contains("Tulis judul artikel.", errors);
        Assert.Contains("Tulis ringkasan artikel.", errors);
        Assert.Contains("Tulis isi artikel.", errors);
        Assert.Contains("Hanya artikel yang diterbitkan dapat ditampilkan di beranda.", errors);
    }

    [Fact]
    public async Task Markup_in_an_article_is_rendered_harmless_in_the_preview_and_on_the_page()
    {
        var (kurator, _) = await BestPracticeFlows.KuratorAsync(Host);
        const string attack = "<script>alert('x')</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)> "
            + "<a href=\"#\" onclick=\"alert(1)\">tautan</a> <svg onload=alert(1)></svg> [data](data:text/html;base64,PHNjcmlwdD4=) "
            + "[entitas](jav&#x61;script:alert(1)) ![gambar](javascript:alert(1))";
        var title = "Serangan " + Guid.NewGuid().ToString("N")[..8];
        var form = BestPracticeFlows.ArticleForm(title, attack);

        using var preview = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis", [.. form, ("pratinjau", "true")]);
        var article = await BestPracticeFlows.WriteAsync(kurator, form);
        var page = await Html.GetPageAsync(Host.CreateClient(), $"/praktik-baik/{article}");

        foreach (var rendered in new[] { Prose(await preview.Content.ReadAsStringAsync()), Prose(page) })
        {
            Assert.Contains("tautan", rendered, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", rendered, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", rendered, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("data:text/html", rendered, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", rendered, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(EventHandlerAttribute(), rendered);
        }
    }

    /// <summary>The rendered Markdown of a page (its first prose block).</summary>
    private static string Prose(string page)
    {
        var start = page.IndexOf("<div class=\"prose\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no rendered text.");
        return page[start..page.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"<[^>]+\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}

[Collection(SqliteCollection.Name)]
public sealed class BestPracticeArticlesOnSqlite(SqliteHostFixture fixture) : BestPracticeArticlesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class BestPracticeArticlesOnPostgres(PostgresHostFixture fixture) : BestPracticeArticlesContract(fixture);
