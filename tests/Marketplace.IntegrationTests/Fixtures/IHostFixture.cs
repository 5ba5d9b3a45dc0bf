using Marketplace.Testing;
using Marketplace.Web;

namespace Marketplace.IntegrationTests.Fixtures;

/// <summary>A running host on one database provider, shared by the test classes of one collection.</summary>
public interface IHostFixture
{
    DatabaseProvider Provider { get; }

    MarketplaceHost Host { get; }

    /// <summary>What the host logged at Warning or above while it started on its new database.</summary>
    IReadOnlyCollection<LogEntry> StartupProblems { get; }

    /// <summary>Settings for another host on a database of its own that does not exist yet; the fixture cleans it up.</summary>
    Dictionary<string, string?> SettingsForNewDatabase();

    /// <summary>
    /// What the host logged at Warning or above since the previous call (start-up excluded): each test of the collection
    /// takes these when it ends, so a problem fails the test that caused it, or else the next one.
    /// </summary>
    IReadOnlyList<LogEntry> TakeNewProblems();
}
