using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.IntegrationTests.BestPractices;

/// <summary>The Praktik Baik forms, filled as a browser without JavaScript sends them.</summary>
public static class BestPracticeFlows
{
    public static Task<(HttpClient Client, ApplicationUser User)> KuratorAsync(MarketplaceHost host) => SignedInAsync(host, Roles.Kurator, "00.01");

    /// <summary>A signed-in client of <paramref name="role"/>; Kurator and Administrator sign in with their second factor, as they must.</summary>
    public static async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(MarketplaceHost host, string role, string region)
    {
        if (!Roles.RequireTwoFactor.Contains(role))
        {
            return await AdoptionArrangements.SignedInAsync(host, role, region);
        }

        var user = await TestAccounts.CreateAsync(host, role, region, TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(host, user.Email!);
        var client = host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, user.Email!, key);
        return (client, user);
    }

    /// <summary>A published application of Kota Semarang; returns its address.</summary>
    public static async Task<string> PublishAppAsync(MarketplaceHost host, string prefix = "Parkir")
    {
        var (owner, _) = await AdoptionArrangements.SignedInAsync(host, Roles.AdminWilayah, "33.74");
        var name = CatalogFlows.UniqueName(prefix);
        using var published = await CatalogFlows.PublishAsync(owner, name);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return Slugs.From(name);
    }

    public static (string Name, string Value)[] ArticleForm(
        string title, string body = "Isi **artikel**.", string apps = "", string regions = "", bool publish = true, bool featured = false) =>
    [
        ("Input.Title", title),
        ("Input.Summary", "Ringkasan " + title),
        ("Input.Body", body),
        ("Input.AppSlugs", apps),
        ("Input.RegionCodes", regions),
        ("Input.Publish", publish ? "true" : "false"),
        ("Input.Featured", featured ? "true" : "false"),
    ];

    /// <summary>Writes an article through /praktik-baik/tulis and returns its address (from the redirect).</summary>
    public static async Task<string> WriteAsync(HttpClient kurator, params (string Name, string Value)[] form)
    {
        using var saved = await AccountFlows.SubmitPageAsync(kurator, "/praktik-baik/tulis", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/praktik-baik/", location, StringComparison.Ordinal);
        return location["/praktik-baik/".Length..];
    }

    public static (string Name, string Value)[] CurationForm(string state, DateOnly? next, params string[] criteria) =>
    [
        ("Input.State", state),
        .. criteria.Select(c => ("Input.Criteria", c)),
        ("Input.NextReviewOn", next?.ToString("yyyy-MM-dd") ?? ""),
        ("Input.Note", "Dikaji dari dokumen dan uji coba."),
    ];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
