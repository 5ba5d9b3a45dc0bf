using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search;

/// <summary>The <c>Search:Synonyms</c> configuration section.</summary>
public sealed class SynonymOptions
{
    public const string Section = "Search:Synonyms";

    /// <summary>How often each node reads the curators' groups again, so a change made on another node reaches it.</summary>
    [Range(1, 86_400)]
    public int RefreshSeconds { get; set; } = 30;
}

/// <summary>
/// Hands the curators' synonym groups to this node's index: at start, after each change made here, and every
/// <see cref="SynonymOptions.RefreshSeconds"/> for changes made on other nodes. The table holds at most a few hundred
/// short rows, so reading it whole is cheaper and simpler than any version stamp; the index is told only when the
/// groups differ from what it has.
/// </summary>
/// <remarks>The index is resolved at each round, not injected: it opens on first use, and an index folder that cannot be
/// opened must not stop the site from starting (each round then logs why, and /health reports it).</remarks>
public sealed class SynonymRefresher(IServiceScopeFactory scopes, IServiceProvider services, IOptions<SynonymOptions> options, ILogger<SynonymRefresher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _applied;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            var rows = await db.Set<SearchSynonymGroup>().AsNoTracking().OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync(cancellationToken);
            var stamp = string.Join('\n', rows);
            if (stamp == _applied)
            {
                return;
            }

            services.GetRequiredService<ISearchIndex>().UseSynonyms(rows.Select(r => (IReadOnlyList<string>)r.Split(", ", StringSplitOptions.RemoveEmptyEntries)).ToList());
            _applied = stamp;
            logger.LogInformation("Search uses {Count} curated synonym groups.", rows.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The previous groups stay in use; the next round tries again.
                logger.LogWarning(e, "Could not read the curated synonym groups.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
