using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Capacity;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// Demo adoptions in every state, build costs, declared infrastructure (Palembang's two servers for 49 agencies) and
/// verified reviews, so the region pages and /statistik have a story to tell. Singkawang's adoption of e-Parkir is left
/// for the visitor to walk through. Runs once: nothing is added when any adoption exists.
/// </summary>
internal sealed class DemoAdoptions(RegionDirectory regions, TimeProvider clock, ILogger<DemoAdoptions> logger) : IDataSeeder
{
    public int Order => 120;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Adoptions.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (slug, cost) in DemoAdoptionData.BuildCosts)
        {
            await db.Apps.Where(a => a.Slug == slug && a.BuildCost == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.BuildCost, cost), cancellationToken);
        }

        var apps = await db.Apps.AsNoTracking().Where(a => a.Status == AppStatus.Published).ToDictionaryAsync(a => a.Slug, cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.RegionCode != null).ToListAsync(cancellationToken);
        var directory = await regions.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var sample in DemoAdoptionData.Adoptions)
        {
            if (!apps.TryGetValue(sample.Slug, out var app) || directory.Find(sample.Adopter) is not { } adopter)
            {
                continue;
            }

            var requester = users.FirstOrDefault(u => u.RegionCode == sample.Adopter);
            var approver = users.FirstOrDefault(u => u.RegionCode == app.OwnerRegionCode && u.Email!.StartsWith("diskominfo@", StringComparison.Ordinal));
            var adoption = Build(app, adopter, sample, requester, approver, directory, now);
            db.Adoptions.Add(adoption);
            await db.SaveChangesAsync(cancellationToken);
            if (sample.Review is { } review && adoption.State == AdoptionState.Berjalan)
            {
                db.Reviews.Add(new AppReview
                {
                    AppId = app.Id,
                    AdoptionId = adoption.Id,
                    RegionCode = adopter.Code,
                    AuthorId = adoption.RequestedById,
                    AuthorName = adoption.RequestedByName,
                    Rating = review.Rating,
                    Body = review.Body,
                    CreatedAt = adoption.RunningSince!.Value.AddDays(30),
                    Reply = review.Reply,
                    ReplyByName = review.Reply is null ? null : approver?.FullName,
                    ReplyAt = review.Reply is null ? null : adoption.RunningSince!.Value.AddDays(33),
                });
            }

            added++;
        }

        foreach (var app in apps.Values)
        {
            var running = await db.Adoptions.CountAsync(a => a.AppId == app.Id && a.State == AdoptionState.Berjalan, cancellationToken);
            await db.Apps.Where(a => a.Id == app.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AdoptionCount, running), cancellationToken);
        }

        foreach (var infrastructure in DemoAdoptionData.Infrastructure(now))
        {
            if (!await db.RegionInfrastructures.AnyAsync(i => i.RegionCode == infrastructure.RegionCode, cancellationToken))
            {
                db.RegionInfrastructures.Add(infrastructure);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo mode: {Added} sample adoptions added", added);
    }

    // Walks the sample through the real transitions, so the history reads as if the regions had clicked through it.
    private static Adoption Build(SharedApp app, RegionInfo adopter, DemoAdoption sample, ApplicationUser? requester, ApplicationUser? approver, RegionSnapshot directory, DateTimeOffset now)
    {
        var requestedAt = now.AddDays(-sample.DaysAgo);
        var requesterName = requester?.FullName ?? $"Diskominfo {adopter.Name}";
        var ownerActor = approver?.FullName ?? "Diskominfo " + (directory.Find(app.OwnerRegionCode)?.Name ?? app.OwnerRegionCode);
        var adoption = new Adoption
        {
            AppId = app.Id,
            OwnerRegionCode = app.OwnerRegionCode,
            AdopterRegionCode = adopter.Code,
            AdopterProvinceCode = AppTags.ProvinceOf(adopter),
            Reason = sample.Reason,
            ExpectedUsers = sample.Users,
            RequestedById = requester?.Id ?? "demo",
            RequestedByName = requesterName,
            RequestedAt = requestedAt,
            UpdatedAt = requestedAt,
        };
        adoption.Events.Add(Event(null, AdoptionState.Diajukan, requesterName, adopter.Code, requestedAt, sample.Reason));
        var at = requestedAt;
        foreach (var (to, afterDays, reason) in sample.Path)
        {
            at = at.AddDays(afterDays);
            var ownerMoves = to is AdoptionState.Disetujui or AdoptionState.Ditolak;
            adoption.Events.Add(Event(adoption.State, to, ownerMoves ? ownerActor : requesterName, ownerMoves ? app.OwnerRegionCode : adopter.Code, at, reason));
            adoption.State = to;
            adoption.UpdatedAt = at;
            adoption.Version++;
            switch (to)
            {
                case AdoptionState.Disetujui:
                    adoption.DecidedAt = at;
                    adoption.Milestones.AddRange(WorkPlanTemplate.Generate(app, sample.Users, DateOnly.FromDateTime(at.UtcDateTime),
                        directory.Find(app.OwnerRegionCode)?.Name ?? app.OwnerRegionCode, adopter.Name));
                    break;
                case AdoptionState.Ditolak:
                    adoption.DecidedAt = at;
                    adoption.EndedAt = at;
                    break;
                case AdoptionState.Berjalan:
                    adoption.RunningSince = at;
                    break;
                case AdoptionState.Dihentikan:
                    adoption.EndedAt = at;
                    break;
            }
        }

        // Steps due before today are done once an adoption runs; in planning, the first ones are done and one is late.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var milestone in adoption.Milestones)
        {
            var done = adoption.State == AdoptionState.Berjalan || (adoption.State == AdoptionState.Perencanaan && milestone.Order < 2);
            milestone.State = done ? MilestoneState.Selesai : milestone.DueDate < today ? MilestoneState.Berjalan : MilestoneState.Belum;
            milestone.CompletedAt = done ? milestone.DueDate.ToDateTime(new TimeOnly(10, 0)) : null;
        }

        if (adoption.State is AdoptionState.Perencanaan or AdoptionState.Berjalan)
        {
            adoption.Support = new SupportAgreement
            {
                Maintainer = SupportParty.Bersama,
                Until = DateOnly.FromDateTime(requestedAt.UtcDateTime).AddYears(2),
                ContactName = approver?.FullName,
                ContactEmail = approver?.Email,
                Scope = "Perbaikan galat dan pembaruan versi oleh pemilik; operasional harian oleh pengadopsi.",
            };
        }

        return adoption;
    }

    private static AdoptionEvent Event(AdoptionState? from, AdoptionState to, string actor, string region, DateTimeOffset at, string? reason) =>
        new() { From = from, To = to, ActorId = "demo", ActorName = actor, ActorRegionCode = region, At = at, Reason = reason };
}
