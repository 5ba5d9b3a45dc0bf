using System.Net;
using System.Net.Http.Headers;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Plugins;

/// <summary>The module journey over HTTP, as browsers without JavaScript drive it: publish, upload, approve, enable, run.</summary>
public sealed class ModuleFlows(MarketplaceHost host)
{
    public const string OwnerRegion = "61.72";
    public const string UserRegion = "16.71";

    public async Task<HttpClient> SignedInAsync(string role, string region)
    {
        var user = await TestAccounts.CreateAsync(host, role, region);
        var client = host.CreateClient();
        using var login = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public async Task<HttpClient> CuratorAsync()
    {
        var email = TestAccounts.NewEmail("kominfo.go.id");
        await TestAccounts.CreateAsync(host, Roles.Kurator, "00.01", email);
        var key = await TestAccounts.EnableTwoFactorAsync(host, email);
        var client = host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, email, key);
        return client;
    }

    /// <summary>Publishes an application of the owner region with the given releases; returns its slug.</summary>
    public static async Task<string> AppAsync(HttpClient owner, params string[] versions)
    {
        var name = CatalogFlows.UniqueName("Modul Uji");
        using var published = await CatalogFlows.PublishAsync(owner, name);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = Slugs.From(name);
        foreach (var version in versions)
        {
            using var release = await AccountFlows.SubmitPageAsync(owner, $"/katalog/{slug}/rilis", ("Input.Version", version), ("Input.Date", "2026-11-01"), ("Input.Notes", "Rilis dengan modul"));
            Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        }

        return slug;
    }

    /// <summary>Uploads through the page's multipart form; returns the status and the page (its refusal messages on 400).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient owner, string slug, string version, byte[] zip)
    {
        var page = $"/katalog/{slug}/modul";
        var token = await Forms.GetAntiforgeryAsync(owner, page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(version), "release" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "package", "modul.zip");
        using var response = await owner.PostAsync(page, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public async Task<PluginPackage> PackageAsync(string slug, string version)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var appId = await db.Apps.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
        return await db.Set<PluginPackage>().AsNoTracking().SingleAsync(p => p.AppId == appId && p.Version == version);
    }

    public static async Task ApproveAsync(HttpClient curator, int packageId)
    {
        using var approved = await Forms.SubmitAsync(curator, "/admin/modul", "/admin/modul?handler=Approve", ("id", packageId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    public static async Task<HttpResponseMessage> RegionActionAsync(HttpClient admin, string handler, int appId) =>
        await Forms.SubmitAsync(admin, "/modul", $"/modul?handler={handler}", ("appId", appId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Upload, approval and enablement for the user region in one go; returns the package.</summary>
    public async Task<PluginPackage> InstallAsync(HttpClient owner, HttpClient curator, HttpClient regionAdmin, string slug, string version, byte[] zip)
    {
        var (status, html) = await UploadAsync(owner, slug, version, zip);
        Assert.True(status == HttpStatusCode.Redirect, html);
        var package = await PackageAsync(slug, version);
        await ApproveAsync(curator, package.Id);
        using var enabled = await RegionActionAsync(regionAdmin, "Enable", package.AppId);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return package;
    }

    public static async Task<(HttpStatusCode Status, string Html)> RunAsync(HttpClient client, string slug, string path = "")
    {
        using var response = await client.GetAsync($"/apps/{slug}/jalankan/{path}");
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Collects until <paramref name="context"/> is gone, at most 20 rounds.</summary>
    public static bool Collected(WeakReference context)
    {
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !context.IsAlive;
    }
}
