using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Testing;

/// <summary>
/// The real host on a real Kestrel socket (a free loopback port), with its own data folder,
/// and every log entry of Warning or above captured so that a test can fail on an unexpected one.
/// </summary>
public sealed class MarketplaceHost : IAsyncDisposable
{
    private readonly Factory _factory;

    private MarketplaceHost(Factory factory, string dataPath)
    {
        _factory = factory;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public IServiceProvider Services => _factory.Services;

    /// <summary>Entries logged at Warning or above, in order.</summary>
    public IReadOnlyCollection<LogEntry> Problems => _factory.Logs.Entries;

    /// <summary>
    /// Starts a host. <paramref name="settings"/> overrides configuration keys
    /// (for example <c>Marketplace:Database:Provider</c>); the data folder is a fresh temporary one
    /// unless <c>Marketplace:DataPath</c> is given.
    /// </summary>
    public static Task<MarketplaceHost> StartAsync(IDictionary<string, string?>? settings = null, string environment = "Production")
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!all.TryGetValue("Marketplace:DataPath", out var dataPath) || dataPath is null)
        {
            dataPath = Path.Combine(Path.GetTempPath(), "mk-test-" + Guid.NewGuid().ToString("N")[..12]);
            all["Marketplace:DataPath"] = dataPath;
        }

        var factory = new Factory(all, environment);
        factory.UseKestrel(0);
        factory.StartServer();
        return Task.FromResult(new MarketplaceHost(factory, dataPath));
    }

    /// <summary>A client on the real socket that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateClient(bool followRedirects = false) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    /// <summary>Fails when something logged a warning or an error that <paramref name="expected"/> does not accept.</summary>
    public void AssertNoUnexpectedProblems(Func<LogEntry, bool>? expected = null)
    {
        var unexpected = Problems.Where(p => expected is null || !expected(p)).ToList();
        if (unexpected.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("The server logged unexpected problems:\n" + string.Join("\n", unexpected));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread; the temp folder is cleaned by the OS.
        }
    }

    private sealed class Factory(Dictionary<string, string?> settings, string environment) : WebApplicationFactory<Program>
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}

public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message}{(Exception is null ? "" : " " + Exception.GetType().Name + ": " + Exception.Message)}";
}

/// <summary>Collects Warning-and-above entries from every logger of the host.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception));
            }
        }
    }
}
