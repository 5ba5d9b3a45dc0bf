using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The demo catalog: about a dozen published applications of the demo regions, drawn from news about them, each marked
/// "(data contoh)". Created through <see cref="CatalogEditor"/>, so they meet the same rules and tag conventions as the
/// form's. Idempotent: an application whose slug exists is left as it is.
/// </summary>
internal sealed class DemoCatalog(CatalogEditor editor, ILogger<DemoCatalog> logger) : IDataSeeder
{
    // The seeder acts as the Kurator of Kemenkominfo: the one role that may publish for every region.
    private static readonly ClaimsPrincipal _kurator = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, Roles.Kurator), new Claim(AccountClaimsFactory.RegionClaim, RegionData.KemenkominfoCode)], "demo-catalog"));

    public int Order => 110;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var sample in DemoCatalogApps.All)
        {
            if (await db.Apps.AnyAsync(a => a.Slug == sample.App.Slug, cancellationToken))
            {
                continue;
            }

            var app = Check(await editor.CreateAsync(_kurator, sample.App, cancellationToken), sample.App.Slug!);
            foreach (var (version, date, notes) in sample.Releases)
            {
                var release = new ReleaseInput { Version = version, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Notes = notes };
                Check(await editor.AddReleaseAsync(_kurator, app.Slug, release, cancellationToken), app.Slug);
            }

            // Published when the first release came out, so "newest first" shows a believable history.
            var first = new DateTimeOffset(DateOnly.Parse(sample.Releases[0].Date, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            await db.Apps.Where(a => a.Id == app.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, first).SetProperty(a => a.CreatedAt, first), cancellationToken);
            added++;
        }

        logger.LogInformation("Demo mode: {Added} sample applications added, {Total} in the demo catalog", added, DemoCatalogApps.All.Count);
    }

    private static T Check<T>(EditOutcome<T> outcome, string slug) where T : class =>
        outcome.Value ?? throw new InvalidOperationException(
            $"Demo application {slug}: {outcome.Status} {string.Join("; ", outcome.Errors.Select(e => $"{e.Field} {e.Key}"))}");
}
