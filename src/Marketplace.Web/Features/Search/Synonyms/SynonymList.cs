using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Search;

/// <summary>The outcome of adding a group: the group, or the refusals to show beside the field.</summary>
public sealed record SynonymOutcome(SearchSynonymGroup? Group, IReadOnlyList<SynonymError> Errors);

/// <summary>
/// The curators' synonym groups in the database. Each change is handed to this node's index at once; the other nodes
/// pick it up on their next <see cref="SynonymRefresher"/> round.
/// </summary>
public sealed class SynonymList(MarketplaceDbContext db, SynonymRefresher refresher, TimeProvider clock)
{
    public Task<List<SearchSynonymGroup>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<SearchSynonymGroup>().AsNoTracking().OrderBy(g => g.Terms).ToListAsync(cancellationToken);

    public async Task<SynonymOutcome> AddAsync(ClaimsPrincipal user, string? input, CancellationToken cancellationToken)
    {
        var terms = SynonymRules.Parse(input, out var errors);
        if (errors.Count > 0)
        {
            return new SynonymOutcome(null, errors);
        }

        var existing = await ListAsync(cancellationToken);
        if (existing.Count >= SynonymRules.GroupsMax)
        {
            return new SynonymOutcome(null, [new SynonymError("Synonyms.ListFull", SynonymRules.GroupsMax)]);
        }

        // A term in two groups would silently join them at query time; the curator edits the existing group instead.
        var taken = terms
            .Select(t => (Term: t, Group: existing.FirstOrDefault(g => g.TermList.Contains(t))))
            .Where(t => t.Group is not null)
            .Select(t => new SynonymError("Synonyms.AlreadyListed", t.Term, t.Group!.Terms))
            .ToList();
        if (taken.Count > 0)
        {
            return new SynonymOutcome(null, taken);
        }

        var group = new SearchSynonymGroup
        {
            Terms = string.Join(", ", terms),
            CreatedById = user.UserId() ?? "",
            CreatedByName = user.DisplayName(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(cancellationToken);
        return new SynonymOutcome(group, []);
    }

    /// <summary>Removes a group; false when it is already gone (a second click, another curator).</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await db.Set<SearchSynonymGroup>().Where(g => g.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        await refresher.RefreshAsync(cancellationToken);
        return removed;
    }
}
