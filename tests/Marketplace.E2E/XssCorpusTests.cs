using System.Security.Claims;
using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Forum;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// The whole XSS corpus in one application description, opened in a real browser: no payload may open a dialog or
/// raise a script error, the DOM the browser built holds nothing <see cref="RenderedHtmlCheck"/> objects to, and the
/// page still passes axe; once in an application description, once as the posts of a forum thread.
/// </summary>
public sealed class XssCorpusTests(SiteFixture site) : BrowserTest(site)
{
    // A 1x1 PNG: the corpus's uploaded-image payloads point at a real upload, so the browser loads it without a 404.
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    [Fact]
    public async Task An_application_page_holding_the_whole_corpus_runs_no_script_and_stays_accessible()
    {
        var slug = await PublishCorpusAsync();
        var watch = ScriptWatch.On(Page);

        await Page.OpenAsync($"/katalog/{slug}");
        await AssertCorpusHarmlessAsync(watch, XssCorpus.All);
    }

    [Fact]
    public async Task A_forum_thread_holding_the_whole_corpus_runs_no_script_and_stays_accessible()
    {
        var threadUrl = await PostCorpusInThreadAsync();
        var watch = ScriptWatch.On(Page);

        await Page.OpenAsync(threadUrl);
        await AssertCorpusHarmlessAsync(watch, XssCorpus.All);
    }

    /// <summary>
    /// Waits for the page to settle, hovers and focuses what the corpus left in each rendered body (where a surviving
    /// handler would fire), then checks the live DOM, the dialogs and script errors, axe, and that every payload arrived.
    /// </summary>
    private async Task AssertCorpusHarmlessAsync(ScriptWatch watch, IReadOnlyList<XssPayload> payloads)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.Locator(".prose").Last).ToContainTextAsync(XssCorpus.Marker(payloads[^1]));
        foreach (var element in await Page.Locator(".prose").Locator("a, img, input").AllAsync())
        {
            await element.HoverAsync();
            await element.FocusAsync();
        }

        await Page.AssertAccessibleAsync();

        var live = await Page.ContentAsync();
        Assert.Empty(RenderedHtmlCheck.ProblemsIn(live, ".prose"));
        Assert.True(watch.Dialogs.Count == 0, "Dialogs fired:\n" + string.Join("\n", watch.Dialogs));
        Assert.True(watch.Errors.Count == 0, "Script errors:\n" + string.Join("\n", watch.Errors));
        Assert.All(payloads, p => Assert.Contains(XssCorpus.Marker(p), live, StringComparison.Ordinal));
    }

    /// <summary>
    /// The corpus as a thread on the general board: the first batch (within the forum's size limit) opens it, the others
    /// are replies, all through the host's own forum service as a real member; answers the thread's address.
    /// </summary>
    private async Task<string> PostCorpusInThreadAsync()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "16.71");
        var upload = await UploadPixelAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var principal = await PrincipalAsync(services, member.Id);
        var forum = services.GetRequiredService<ForumService>();
        var bodies = XssCorpus.Batches(ForumRules.BodyMax)
            .Select(batch => XssCorpus.AsOneDocument(batch).Replace(XssCorpus.UploadedImage, upload, StringComparison.Ordinal))
            .ToList();
        Assert.True(bodies.Count < 20, "The whole corpus fits on the thread's first page.");

        var thread = await forum.CreateThreadAsync(principal, "umum", new ThreadInput
        {
            Title = $"Uji XSS forum {Guid.NewGuid().ToString("N")[..6]}",
            Body = bodies[0],
        }, CancellationToken.None);
        Assert.True(thread.Status == ForumStatus.Done, $"The corpus thread was refused: {thread.Status}");
        foreach (var body in bodies.Skip(1))
        {
            var reply = await forum.ReplyAsync(principal, thread.Value!.Id, new PostInput { Body = body }, CancellationToken.None);
            Assert.True(reply.Status == ForumStatus.Done, $"A corpus reply was refused: {reply.Status}");
        }

        return Quoting.ThreadUrl(thread.Value!.Id, thread.Value.Title);
    }

    /// <summary>Publishes the corpus as a description through the host's own catalog editor, as a real publisher.</summary>
    private async Task<string> PublishCorpusAsync()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "33.74");
        var upload = await UploadPixelAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var principal = await PrincipalAsync(services, publisher.Id);
        var name = $"Uji XSS {Guid.NewGuid().ToString("N")[..6]}";
        var outcome = await services.GetRequiredService<CatalogEditor>().CreateAsync(principal, new AppInput
        {
            Name = name,
            Summary = "Aplikasi uji yang deskripsinya memuat seluruh korpus XSS.",
            Description = XssCorpus.AsOneDocument().Replace(XssCorpus.UploadedImage, upload, StringComparison.Ordinal),
            License = "MIT",
            Maturity = Maturity.Stable,
            Publish = true,
        }, CancellationToken.None);
        Assert.True(outcome.Status == EditStatus.Done, "The corpus was refused: " + string.Join(", ", outcome.Errors.Select(e => e.Key)));
        return outcome.Value!.Slug;
    }

    /// <summary>A real upload for the corpus's uploaded-image payloads, so the browser loads it without a 404; answers its URL.</summary>
    private async Task<string> UploadPixelAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var png = Convert.FromBase64String(OnePixelPng);
        var stored = await scope.ServiceProvider.GetRequiredService<ImageUploads>().SaveAsync(new MemoryStream(png), png.Length, CancellationToken.None);
        Assert.True(stored.Succeeded);
        return UploadNames.Url(stored.StoredName!);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userId)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync(await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("The account is gone."));
    }
}
