using Marketplace.Testing;
using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>
/// One real host (Development, demo enabled) and one chromium for the whole run; each test gets its own
/// browser context from <see cref="BrowserTest"/>. Starting both once keeps the suite fast on two cores.
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    private readonly HashSet<LogEntry> _seenByTests = new(ReferenceEqualityComparer.Instance);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private MarketplaceHost? _host;

    public MarketplaceHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Auto-retrying assertions get the same patience as navigation: two cores also run the host.
        Assertions.SetDefaultExpectTimeout(15_000);
        var settings = new Dictionary<string, string?>
            {
                ["Marketplace:Demo:Enabled"] = "true",

                // The suite signs in (and posts) more often than a person would; the limits themselves are tested in
                // the integration tests (RateLimitTests).
                ["Accounts:Login:PermitLimit"] = "200",
                ["Accounts:Posting:PermitLimit"] = "1000",

                // The demo installs the sample modules the host's build packaged; the test host runs from the tests' folder.
                ["Plugins:SamplePackagesPath"] = Path.GetDirectoryName(Marketplace.Testing.Modules.ModulePackages.SamplePath("parkir-retribusi-1.0.0")),

                // The demo's region admins hear of every adoption the suite makes; the mail limit is tested in the integration tests.
                ["Mail:PerUserPerHour"] = "10000",
            };
        foreach (var (key, value) in await MoreSettingsAsync())
        {
            settings[key] = value;
        }

        _host = await MarketplaceHost.StartAsync(settings, environment: "Development");
        _host.AssertNoUnexpectedProblems();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>Settings a variant of the site adds (its mail server, say), started before the host.</summary>
    protected virtual Task<IDictionary<string, string?>> MoreSettingsAsync() => Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());

    /// <summary>Runs after the host has stopped.</summary>
    protected virtual Task StopDependenciesAsync() => Task.CompletedTask;

    /// <summary>Fails when the server logged a problem since <paramref name="before"/> that the test did not expect.</summary>
    internal void AssertNoUnexpectedProblems(IReadOnlySet<LogEntry> before, Func<LogEntry, bool> expected)
    {
        lock (_seenByTests)
        {
            _seenByTests.UnionWith(Host.Problems);
        }

        Host.AssertNoUnexpectedProblems(p => before.Contains(p) || expected(p));
    }

    internal IReadOnlySet<LogEntry> ProblemsSoFar() => new HashSet<LogEntry>(Host.Problems, ReferenceEqualityComparer.Instance);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is null)
        {
            return;
        }

        // What no test was there to see: problems between tests or while stopping.
        await _host.DisposeAsync();
        await StopDependenciesAsync();
        Host.AssertNoUnexpectedProblems(p => _seenByTests.Contains(p));
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
