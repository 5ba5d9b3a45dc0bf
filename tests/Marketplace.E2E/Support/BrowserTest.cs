using Marketplace.Testing;
using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>
/// A test with its own browser context (Indonesian unless a test asks otherwise) and one page.
/// After the test it fails on any browser console error or page error (CSP violations included)
/// and on any warning or error the server logged during the test, unless the test declared it expected.
/// </summary>
[Collection(SiteCollection.Name)]
public abstract partial class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _browserErrors = [];
    private readonly List<Func<string, bool>> _expectedBrowserErrors = [];
    private readonly List<Func<LogEntry, bool>> _expectedProblems = [];
    private IReadOnlySet<LogEntry> _problemsBefore = new HashSet<LogEntry>();
    private IBrowserContext? _context;
    private IPage? _page;

    protected SiteFixture Site { get; } = site;

    protected MarketplaceHost Host => Site.Host;

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("The test has not started.");

    protected IPage Page => _page ?? throw new InvalidOperationException("The test has not started.");

    public async Task InitializeAsync()
    {
        _problemsBefore = Site.ProblemsSoFar();
        _context = await NewContextAsync(new BrowserNewContextOptions { Locale = "id-ID" });
        _page = await _context.NewPageAsync();
    }

    /// <summary>
    /// Another context (a second user, JavaScript off, another locale), watched for errors like the first one
    /// and closed with the test. <see cref="BrowserNewContextOptions.BaseURL"/> defaults to the host.
    /// </summary>
    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        options.BaseURL ??= Host.BaseAddress.ToString();
        options.Locale ??= "id-ID";
        var context = await Site.Browser.NewContextAsync(options);
        context.SetDefaultNavigationTimeout(30_000);
        context.SetDefaultTimeout(15_000);
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error at {message.Location}: {message.Text}");
            }
        };
        context.WebError += (_, error) => Record($"page error: {error.Error}");
        _contexts.Add(context);
        return context;
    }

    /// <summary>Accepts browser console errors matching <paramref name="match"/> (for example the 404 of a page that is meant to be missing).</summary>
    protected void ExpectBrowserError(Func<string, bool> match) => _expectedBrowserErrors.Add(match);

    /// <summary>Accepts server log entries matching <paramref name="match"/>.</summary>
    protected void ExpectServerProblem(Func<LogEntry, bool> match) => _expectedProblems.Add(match);

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        string[] unexpected;
        lock (_browserErrors)
        {
            unexpected = _browserErrors.Where(e => !_expectedBrowserErrors.Any(match => match(e))).ToArray();
        }

        Site.AssertNoUnexpectedProblems(_problemsBefore, p => _expectedProblems.Any(match => match(p)));
        Assert.True(unexpected.Length == 0, "The browser reported errors:\n" + string.Join("\n", unexpected));
    }

    private void Record(string error)
    {
        lock (_browserErrors)
        {
            _browserErrors.Add(error);
        }
    }
}
