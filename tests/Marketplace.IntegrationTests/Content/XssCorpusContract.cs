using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Content;

/// <summary>
/// The shared XSS corpus posted through the real forms that render Markdown today (an application's description and a
/// review), stored as typed, and read back from the public page by <see cref="RenderedHtmlCheck"/>. Each payload is
/// checked alone by the unit tests (XssCorpusTests); here they travel together through storage and the page.
/// </summary>
public abstract class XssCorpusContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_whole_corpus_as_a_description_is_stored_as_typed_and_rendered_harmless()
    {
        var description = XssCorpus.AsOneDocument();
        Assert.True(description.Length <= AppRules.DescriptionMax, $"The corpus ({description.Length} characters) no longer fits one description.");
        var (owner, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "33.74");
        var name = CatalogFlows.UniqueName("Uji XSS");
        var form = CatalogFlows.AppForm(name).Select(f => f.Name == "Input.Description" ? (f.Name, description) : f).ToArray();

        using var published = await AccountFlows.SubmitPageAsync(owner, "/katalog/terbitkan", form);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = Slugs.From(name);
        Assert.Equal(description, await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.Description).SingleAsync()));
        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        AssertHarmless(page, ".prose", XssCorpus.All);
    }

    [Fact]
    public async Task The_corpus_as_review_bodies_and_a_reply_renders_harmless_on_the_application_page()
    {
        var (owner, ownerAdmin) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        var name = CatalogFlows.UniqueName("Ulasan XSS");
        using var published = await CatalogFlows.PublishAsync(owner, name);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = Slugs.From(name);
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "52.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);
        var batches = XssCorpus.Batches(ReviewRules.BodyMax);

        // The region has one review: each batch replaces the last, and the page is read after each.
        foreach (var batch in batches)
        {
            using var saved = await AccountFlows.SubmitPageAsync(adopter, $"/katalog/{slug}/ulasan", ("Input.Rating", "3"), ("Input.Body", XssCorpus.AsOneDocument(batch)));
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"A review of {batch.Count} payloads was refused: {string.Join(", ", AccountFlows.Errors(await saved.Content.ReadAsStringAsync()))}");
            AssertHarmless(await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), "section.reviews .prose", batch);
        }

        var id = await Host.QueryAsync(db => db.Reviews.Where(r => r.RegionCode == "52.71" && db.Apps.Any(a => a.Id == r.AppId && a.Slug == slug)).Select(r => r.Id).SingleAsync());
        using var replied = await AccountFlows.SubmitPageAsync(owner, $"/katalog/{slug}/ulasan/{id}/tanggapan", ("Input.Reply", XssCorpus.AsOneDocument(batches[0])));
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        AssertHarmless(await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), ".review-reply .prose", batches[0]);
    }

    private static void AssertHarmless(string page, string selector, IEnumerable<XssPayload> expected)
    {
        var problems = RenderedHtmlCheck.ProblemsIn(page, selector);
        Assert.True(problems.Count == 0, "The rendered content holds:\n" + string.Join("\n", problems));

        // The check means something only if the payloads reached the page.
        var text = WebUtility.HtmlDecode(page);
        Assert.All(expected, p => Assert.Contains(XssCorpus.Marker(p), text, StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class XssCorpusOnSqlite(SqliteHostFixture fixture) : XssCorpusContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class XssCorpusOnPostgres(PostgresHostFixture fixture) : XssCorpusContract(fixture);
