using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// The whole XSS corpus in one application description, opened in a real browser: no payload may open a dialog or
/// raise a script error, the DOM the browser built holds nothing <see cref="RenderedHtmlCheck"/> objects to, and the
/// page still passes axe.
/// </summary>
public sealed class XssCorpusTests(SiteFixture site) : BrowserTest(site)
{
    // A 1x1 PNG: the corpus's uploaded-image payloads point at a real upload, so the browser loads it without a 404.
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    [Fact]
    public async Task An_application_page_holding_the_whole_corpus_runs_no_script_and_stays_accessible()
    {
        var slug = await PublishCorpusAsync();
        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
        var scriptErrors = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (scriptErrors)
                {
                    scriptErrors.Add(message.Text);
                }
            }
        };
        Page.PageError += (_, error) =>
        {
            lock (scriptErrors)
            {
                scriptErrors.Add(error);
            }
        };

        await Page.OpenAsync($"/katalog/{slug}");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.Locator(".prose").First).ToContainTextAsync(XssCorpus.Marker(XssCorpus.All[^1]));

        // Hover and focus what the corpus left in the description, where a surviving handler would fire.
        var prose = Page.Locator(".prose").First;
        foreach (var link in await prose.Locator("a, img, input").AllAsync())
        {
            await link.HoverAsync();
            await link.FocusAsync();
        }

        await Page.AssertAccessibleAsync();

        var live = await Page.ContentAsync();
        Assert.Empty(RenderedHtmlCheck.ProblemsIn(live, ".prose"));
        Assert.True(dialogs.Count == 0, "Dialogs fired:\n" + string.Join("\n", dialogs));
        Assert.True(scriptErrors.Count == 0, "Script errors:\n" + string.Join("\n", scriptErrors));
        Assert.All(XssCorpus.All, p => Assert.Contains(XssCorpus.Marker(p), live, StringComparison.Ordinal));
    }

    /// <summary>Publishes the corpus as a description through the host's own catalog editor, as a real publisher.</summary>
    private async Task<string> PublishCorpusAsync()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "33.74");
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var uploads = services.GetRequiredService<ImageUploads>();
        var png = Convert.FromBase64String(OnePixelPng);
        var stored = await uploads.SaveAsync(new MemoryStream(png), png.Length, CancellationToken.None);
        Assert.True(stored.Succeeded);

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync(await users.FindByIdAsync(publisher.Id) ?? throw new InvalidOperationException("The publisher is gone."));
        var name = $"Uji XSS {Guid.NewGuid().ToString("N")[..6]}";
        var outcome = await services.GetRequiredService<CatalogEditor>().CreateAsync(principal, new AppInput
        {
            Name = name,
            Summary = "Aplikasi uji yang deskripsinya memuat seluruh korpus XSS.",
            Description = XssCorpus.AsOneDocument().Replace(XssCorpus.UploadedImage, UploadNames.Url(stored.StoredName!), StringComparison.Ordinal),
            License = "MIT",
            Maturity = Maturity.Stable,
            Publish = true,
        }, CancellationToken.None);
        Assert.True(outcome.Status == EditStatus.Done, "The corpus was refused: " + string.Join(", ", outcome.Errors.Select(e => e.Key)));
        return outcome.Value!.Slug;
    }
}
