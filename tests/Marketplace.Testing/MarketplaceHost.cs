using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marketplace.Testing;

/// <summary>
/// The real host on a real Kestrel socket (a free loopback port), with its own data folder,
/// and every log entry of Warning or above captured so that a test can fail on an unexpected one.
/// </summary>
public sealed class MarketplaceHost : IAsyncDisposable
{
    private readonly Factory _factory;
    private readonly bool _ownsDataPath;

    private MarketplaceHost(Factory factory, string dataPath, bool ownsDataPath)
    {
        _factory = factory;
        DataPath = dataPath;
        _ownsDataPath = ownsDataPath;
    }

    public string DataPath { get; }

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public IServiceProvider Services => _factory.Services;

    /// <summary>Entries logged at Warning or above, in order.</summary>
    public IReadOnlyCollection<LogEntry> Problems => _factory.Logs.Entries;

    /// <summary>
    /// Starts a host. <paramref name="settings"/> overrides configuration keys
    /// (for example <c>Marketplace:Database:Provider</c>); the data folder is a fresh temporary one
    /// unless <c>Marketplace:DataPath</c> is given. Only a fresh temporary folder is deleted when the host is disposed:
    /// a given folder belongs to the caller (a test may start a second host on it).
    /// </summary>
    public static Task<MarketplaceHost> StartAsync(IDictionary<string, string?>? settings = null, string environment = "Production")
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        var ownsDataPath = !all.TryGetValue("Marketplace:DataPath", out var dataPath) || dataPath is null;
        if (ownsDataPath)
        {
            dataPath = Path.Combine(Path.GetTempPath(), "mk-test-" + Guid.NewGuid().ToString("N")[..12]);
            all["Marketplace:DataPath"] = dataPath;
        }

        // Serve static assets the way a published site does. Run from build output, MapStaticAssets otherwise adds a
        // development fallback over wwwroot, which the host does not have, and warns about it at every start.
        all.TryAdd("ReloadStaticAssetsAtRuntime", "false");
        var factory = new Factory(all, environment);
        factory.UseKestrel(0);
        try
        {
            factory.StartServer();
        }
        catch
        {
            // A host that failed to start (a migration error, a bad setting) would otherwise keep its port and files.
            factory.Dispose();
            throw;
        }

        return Task.FromResult(new MarketplaceHost(factory, dataPath!, ownsDataPath));
    }

    /// <summary>A client on the real socket that keeps cookies and does not follow redirects, so tests see them.</summary>
    /// <remarks>
    /// Built here rather than by the factory: on Kestrel the factory's client sits on a SocketsHttpHandler that follows
    /// redirects and keeps cookies of its own whatever the options say, and it does not use the server's address.
    /// </remarks>
    public HttpClient CreateClient(bool followRedirects = false) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = BaseAddress,
        };

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
        if (!_ownsDataPath)
        {
            return;
        }

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
            if (environment != Environments.Development)
            {
                // The themes' files are found through the build's static web assets manifest, which ASP.NET Core reads
                // by itself only in Development; a published site has them copied under wwwroot instead.
                builder.UseStaticWebAssets();
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // The capture is the tests' view of the logs; the host's console output would only bury the test results.
            builder.ConfigureLogging(logging => logging.ClearProviders());
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
