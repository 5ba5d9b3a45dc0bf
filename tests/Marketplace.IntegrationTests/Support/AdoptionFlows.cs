using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Testing;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Support;

/// <summary>The adoption pages driven the way a browser without JavaScript drives them.</summary>
public static partial class AdoptionFlows
{
    /// <summary>Kota Semarang owns the applications in these tests; Kota Singkawang and Kota Palembang adopt.</summary>
    public const string Owner = "33.74";
    public const string Adopter = "61.72";
    public const string Third = "16.71";

    public static async Task<HttpClient> SignedInAsync(MarketplaceHost host, string role, string region)
    {
        var user = await TestAccounts.CreateAsync(host, role, region);
        var client = host.CreateClient();
        using var response = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A published application of the owner region; returns its slug.</summary>
    public static async Task<string> PublishedAppAsync(MarketplaceHost host, string region = Owner, bool publish = true)
    {
        var publisher = await SignedInAsync(host, Marketplace.Web.Features.Accounts.Roles.Penerbit, region);
        var name = CatalogFlows.UniqueName("Parkir");
        using var response = await CatalogFlows.PublishAsync(publisher, name, publish);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Slugs.From(name);
    }

    public static Task<HttpResponseMessage> RequestAsync(HttpClient client, string slug, string reason = "Mengganti pencatatan parkir manual.", string users = "1200") =>
        AccountFlows.SubmitPageAsync(client, $"/katalog/{slug}/adopsi", ("Input.Reason", reason), ("Input.ExpectedUsers", users));

    /// <summary>Requests and returns the new adoption's id (from the redirect to its page).</summary>
    public static async Task<int> RequestedAsync(HttpClient client, string slug)
    {
        using var response = await RequestAsync(client, slug);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = AdoptionPath().Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(match.Success, $"Expected a redirect to the adoption, got {response.Headers.Location}.");
        return int.Parse(match.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts one action form of the adoption page, with the version the page shows unless one is given.</summary>
    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, AdoptionState to, string? reason = null, int? version = null)
    {
        var page = $"/adopsi/{id}";
        var token = await Forms.GetAntiforgeryAsync(client, page);
        version ??= await VersionOnPageAsync(client, page);
        return await Forms.PostAsync(client, page,
            ("Input.To", to.ToString()), ("Input.Reason", reason ?? ""), ("Input.Version", version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("__RequestVerificationToken", token));
    }

    /// <summary>Owner admin approves, adopter starts planning: the plan exists.</summary>
    public static async Task<(int Id, HttpClient Adopter, HttpClient OwnerAdmin)> ApprovedAsync(MarketplaceHost host)
    {
        var slug = await PublishedAppAsync(host);
        var adopter = await SignedInAsync(host, Marketplace.Web.Features.Accounts.Roles.AdminWilayah, Adopter);
        var ownerAdmin = await SignedInAsync(host, Marketplace.Web.Features.Accounts.Roles.AdminWilayah, Owner);
        var id = await RequestedAsync(adopter, slug);
        using var approved = await MoveAsync(ownerAdmin, id, AdoptionState.Disetujui);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return (id, adopter, ownerAdmin);
    }

    public static Task<Adoption> LoadAsync(MarketplaceHost host, int id) =>
        host.QueryAsync(db => db.Adoptions.AsNoTracking().Include(a => a.Events).Include(a => a.Milestones).AsSplitQuery().SingleAsync(a => a.Id == id));

    public static Task<int> CountAsync(MarketplaceHost host, string slug, string adopterRegion) =>
        host.QueryAsync(db => db.Adoptions.CountAsync(a => a.App.Slug == slug && a.AdopterRegionCode == adopterRegion));

    public static async Task<int> VersionOnPageAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        var match = VersionPattern().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"{page} has no form with the adoption's version.");
        return int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The page's text without tags, whitespace collapsed, entities decoded: what a person reads.</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " "));

    [GeneratedRegex("""^/adopsi/(?<id>\d+)$""")]
    private static partial Regex AdoptionPath();

    [GeneratedRegex("""name="Input.Version" value="(?<version>\d+)""")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
