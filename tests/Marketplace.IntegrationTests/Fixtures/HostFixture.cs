using Marketplace.Testing;
using Marketplace.Web;

namespace Marketplace.IntegrationTests.Fixtures;

/// <summary>
/// Starts one host for a collection. Its problems are checked by the tests (see <see cref="TakeNewProblems"/>), not when
/// the collection ends: xunit 2 prints a failing collection fixture's DisposeAsync but still counts the run as passed.
/// </summary>
public abstract class HostFixture : IHostFixture, IAsyncLifetime
{
    private readonly HashSet<LogEntry> _taken = new(ReferenceEqualityComparer.Instance);
    private MarketplaceHost? _host;

    public abstract DatabaseProvider Provider { get; }

    public MarketplaceHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public IReadOnlyCollection<LogEntry> StartupProblems { get; private set; } = [];

    public abstract Dictionary<string, string?> SettingsForNewDatabase();

    public IReadOnlyList<LogEntry> TakeNewProblems()
    {
        lock (_taken)
        {
            return Host.Problems.Where(_taken.Add).ToList();
        }
    }

    public async Task InitializeAsync()
    {
        await StartDependenciesAsync();
        var settings = SettingsForNewDatabase();

        // Every test of the collection signs in from 127.0.0.1; the limits themselves are tested on hosts of their own.
        foreach (var limit in new[] { "Login", "Registration", "PasswordReset", "Posting" })
        {
            settings[$"Accounts:{limit}:PermitLimit"] = "100000";
        }

        // The region admins of a collection hear of every adoption and review its tests make; the mail limit per user has
        // tests of its own.
        settings.TryAdd("Mail:PerUserPerHour", "10000");

        _host = await MarketplaceHost.StartAsync(settings);
        StartupProblems = _host.Problems;

        // The start has a test of its own (First_start_on_a_new_database_logs_no_warning_or_error).
        _taken.UnionWith(StartupProblems);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await StopDependenciesAsync();
    }

    protected virtual Task StartDependenciesAsync() => Task.CompletedTask;

    /// <summary>Runs after the host has stopped.</summary>
    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;
}
