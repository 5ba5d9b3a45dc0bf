using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Every change to an adoption, for the pages and the API alike: the request, the moves of <see cref="AdoptionStateMachine"/>
/// (each recorded as an <see cref="AdoptionEvent"/>), and the adopter's edits of the work plan. Rights are checked here.
/// </summary>
public sealed class AdoptionWorkflow(
    MarketplaceDbContext db, RegionDirectory regions, CatalogCache catalogCache, IEnumerable<IAdoptionObserver> observers, TimeProvider clock)
{
    /// <summary>
    /// The adoption with its application, history and plan (milestones in order). That an adoption exists is public (the
    /// API lists them per application), so someone who may not read it gets Forbidden, not NotFound.
    /// </summary>
    public async Task<AdoptionResult<Adoption>> FindAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var adoption = await db.Adoptions.AsNoTracking().Include(a => a.App).Include(a => a.Events.OrderBy(e => e.At).ThenBy(e => e.Id))
            .Include(a => a.Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Order)).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return adoption is null ? AdoptionResult<Adoption>.NotFound
            : AdoptionPermissions.CanRead(user, adoption) ? AdoptionResult<Adoption>.Done(adoption)
            : AdoptionResult<Adoption>.Forbidden;
    }

    /// <summary>The open adoption (requested up to running) of the user's region for the application, if any.</summary>
    public Task<Adoption?> FindOpenAsync(string regionCode, int appId, CancellationToken cancellationToken) =>
        db.Adoptions.AsNoTracking().Where(a => a.AppId == appId && a.AdopterRegionCode == regionCode && AdoptionStateMachine.OpenStates.Contains(a.State))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<AdoptionResult<Adoption>> RequestAsync(ClaimsPrincipal user, string slug, AdoptionRequestInput input, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (app is null || !CatalogPermissions.CanSee(user, app))
        {
            return AdoptionResult<Adoption>.NotFound;
        }

        if (!AdoptionPermissions.CanRequest(user) || user.UserId() is not { } userId)
        {
            return AdoptionResult<Adoption>.Forbidden;
        }

        var region = user.RegionCode()!;
        if (region == app.OwnerRegionCode)
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.OwnApp");
        }

        if (app.Status != AppStatus.Published)
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.NotPublished");
        }

        var errors = AdoptionRules.CheckRequest(input);
        if (errors.Count > 0)
        {
            return AdoptionResult<Adoption>.Invalid(errors);
        }

        if (await FindOpenAsync(region, app.Id, cancellationToken) is { } open)
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.AlreadyOpen", open.Id);
        }

        var directory = await regions.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var adoption = new Adoption
        {
            AppId = app.Id,
            OwnerRegionCode = app.OwnerRegionCode,
            AdopterRegionCode = region,
            AdopterProvinceCode = directory.Find(region) is { } info ? AppTags.ProvinceOf(info) : null,
            Reason = input.Reason!.Trim(),
            ExpectedUsers = input.ExpectedUsers!.Value,
            RequestedById = userId,
            RequestedByName = user.DisplayName(),
            RequestedAt = now,
            UpdatedAt = now,
        };
        adoption.Events.Add(Event(user, null, AdoptionState.Diajukan, adoption.Reason, now));
        db.Adoptions.Add(adoption);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on open requests catches a double submit that passed the check above.
            db.ChangeTracker.Clear();
            if (await FindOpenAsync(region, app.Id, CancellationToken.None) is { } raced)
            {
                return AdoptionResult<Adoption>.Conflict("Adoption.AlreadyOpen", raced.Id);
            }

            throw;
        }

        await TellAsync(adoption, adoption.Events[^1], cancellationToken);
        return AdoptionResult<Adoption>.Done(adoption);
    }

    public async Task<AdoptionResult<Adoption>> TransitionAsync(ClaimsPrincipal user, int id, TransitionInput input, CancellationToken cancellationToken)
    {
        var adoption = await db.Adoptions.Include(a => a.App).Include(a => a.Milestones).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (adoption is null)
        {
            return AdoptionResult<Adoption>.NotFound;
        }

        if (!AdoptionPermissions.CanRead(user, adoption))
        {
            return AdoptionResult<Adoption>.Forbidden;
        }

        var sides = AdoptionPermissions.SidesOf(user, adoption);
        if (sides.Count == 0)
        {
            return AdoptionResult<Adoption>.Forbidden;
        }

        if (input.Version is { } seen && seen != adoption.Version)
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.Stale");
        }

        if (!AdoptionStateMachine.Exists(adoption.State, input.To))
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.OutOfOrder", adoption.State, input.To);
        }

        var move = sides.Select(side => AdoptionStateMachine.Find(adoption.State, input.To, side)).FirstOrDefault(t => t is not null);
        if (move is null)
        {
            return AdoptionResult<Adoption>.Forbidden;
        }

        var errors = new List<FieldError>();
        AdoptionRules.Text(errors, nameof(input.Reason), input.Reason, AdoptionRules.DecisionReasonMax, required: move.ReasonRequired);
        if (errors.Count > 0)
        {
            return AdoptionResult<Adoption>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        var wasRunning = adoption.State == AdoptionState.Berjalan;
        var change = Event(user, adoption.State, input.To, reason, now);
        adoption.Events.Add(change);
        adoption.State = input.To;
        adoption.UpdatedAt = now;
        adoption.Version++;
        switch (input.To)
        {
            case AdoptionState.Disetujui:
                adoption.DecidedAt = now;
                var directory = await regions.GetAsync(cancellationToken);
                adoption.Milestones.AddRange(WorkPlanTemplate.Generate(
                    adoption.App, adoption.ExpectedUsers, DateOnly.FromDateTime(now.UtcDateTime),
                    directory.Find(adoption.OwnerRegionCode)?.Name ?? adoption.OwnerRegionCode,
                    directory.Find(adoption.AdopterRegionCode)?.Name ?? adoption.AdopterRegionCode));
                break;
            case AdoptionState.Ditolak:
                adoption.DecidedAt = now;
                adoption.EndedAt = now;
                break;
            case AdoptionState.Berjalan:
                adoption.RunningSince = now;
                break;
            case AdoptionState.Dihentikan:
                adoption.EndedAt = now;
                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdoptionResult<Adoption>.Conflict("Adoption.Stale");
        }

        if (wasRunning || input.To == AdoptionState.Berjalan)
        {
            await RecountAsync(adoption.AppId, cancellationToken);
        }

        await TellAsync(adoption, change, cancellationToken);
        return AdoptionResult<Adoption>.Done(adoption);
    }

    /// <summary>Replaces the plan's milestones and support agreement with what the adopting region submitted.</summary>
    public async Task<AdoptionResult<Adoption>> UpdatePlanAsync(ClaimsPrincipal user, int id, PlanInput input, CancellationToken cancellationToken)
    {
        var adoption = await db.Adoptions.Include(a => a.Milestones).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (adoption is null)
        {
            return AdoptionResult<Adoption>.NotFound;
        }

        if (!AdoptionPermissions.CanRead(user, adoption))
        {
            return AdoptionResult<Adoption>.Forbidden;
        }

        if (!AdoptionPermissions.CanEditPlan(user, adoption))
        {
            return adoption.AdopterRegionCode == user.RegionCode()
                ? AdoptionResult<Adoption>.Conflict("Plan.NotEditable", adoption.State)
                : AdoptionResult<Adoption>.Forbidden;
        }

        if (input.Version is { } seen && seen != adoption.Version)
        {
            return AdoptionResult<Adoption>.Conflict("Adoption.Stale");
        }

        var errors = AdoptionRules.CheckPlan(input, DateOnly.FromDateTime(adoption.RequestedAt.UtcDateTime));
        var known = adoption.Milestones.ToDictionary(m => m.Id);
        for (var i = 0; i < input.Milestones.Count; i++)
        {
            if (input.Milestones[i].Id != 0 && !known.ContainsKey(input.Milestones[i].Id))
            {
                errors.Add(new($"{nameof(input.Milestones)}[{i}]", "Plan.UnknownMilestone"));
            }
        }

        if (errors.Count > 0)
        {
            return AdoptionResult<Adoption>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var kept = new HashSet<int>();
        var order = 0;
        foreach (var line in input.Milestones)
        {
            if (line.Remove)
            {
                continue;
            }

            var milestone = line.Id == 0 ? new Milestone() : known[line.Id];
            if (line.Id == 0)
            {
                adoption.Milestones.Add(milestone);
            }
            else
            {
                kept.Add(line.Id);
            }

            milestone.Area = line.Area;
            milestone.Title = line.Title!.Trim();
            milestone.Detail = line.Detail?.Trim() ?? "";
            milestone.Responsible = line.Responsible!.Trim();
            milestone.DueDate = line.DueDate!.Value;
            milestone.CompletedAt = line.State == MilestoneState.Selesai ? milestone.CompletedAt ?? now : null;
            milestone.State = line.State;
            milestone.Order = order++;
        }

        foreach (var gone in adoption.Milestones.Where(m => m.Id != 0 && !kept.Contains(m.Id)).ToList())
        {
            adoption.Milestones.Remove(gone);
            db.Remove(gone);
        }

        var support = input.Support;
        adoption.Support = new SupportAgreement
        {
            Maintainer = support.Maintainer,
            Until = support.Until,
            ContactName = Blank(support.ContactName),
            ContactEmail = Blank(support.ContactEmail),
            ContactPhone = Blank(support.ContactPhone),
            Scope = Blank(support.Scope),
        };
        adoption.UpdatedAt = now;
        adoption.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdoptionResult<Adoption>.Conflict("Adoption.Stale");
        }

        return AdoptionResult<Adoption>.Done(adoption);
    }

    // The catalog sorts by "most adopted"; the count follows the running adoptions.
    private async Task RecountAsync(int appId, CancellationToken cancellationToken)
    {
        var running = await db.Adoptions.CountAsync(a => a.AppId == appId && a.State == AdoptionState.Berjalan, cancellationToken);
        await db.Apps.Where(a => a.Id == appId).ExecuteUpdateAsync(s => s.SetProperty(a => a.AdoptionCount, running), cancellationToken);
        catalogCache.Invalidate();
    }

    private async Task TellAsync(Adoption adoption, AdoptionEvent change, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.ChangedAsync(adoption, change, cancellationToken);
        }
    }

    private static AdoptionEvent Event(ClaimsPrincipal user, AdoptionState? from, AdoptionState to, string? reason, DateTimeOffset at) => new()
    {
        From = from,
        To = to,
        ActorId = user.UserId() ?? "",
        ActorName = user.DisplayName(),
        ActorRegionCode = user.RegionCode(),
        At = at,
        Reason = reason,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
