using Marketplace.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Plugins.Testing;

/// <summary>What the host gives a module, in memory: its container, a storage per region, a clock, settings.</summary>
internal sealed class ModuleHarness
{
    private readonly Dictionary<string, SortedDictionary<string, string>> _regions = [];
    private readonly ServiceProvider _services;
    private readonly IModule _module;

    public ModuleHarness(IModule module, IReadOnlyDictionary<string, string>? settings = null)
    {
        _module = module;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IModuleSettings>(new Settings(settings ?? new Dictionary<string, string>()));
        services.AddScoped<RegionHolder>();
        services.AddScoped<IModuleStorage>(sp => new Storage(Region(sp.GetRequiredService<RegionHolder>().Code)));
        module.ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FixedClock Clock { get; } = new() { Now = new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero) };

    public async Task<ModuleResponse> SendAsync(string method, string path, string region = "16.71", bool admin = false,
        IReadOnlyDictionary<string, string>? form = null, IReadOnlyDictionary<string, string>? query = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RegionHolder>().Code = region;
        return await _module.HandleAsync(new ModuleRequest
        {
            Method = method, Path = path, BasePath = "/apps/contoh/jalankan", RegionCode = region, RegionName = "Kota " + region,
            UserId = "u1", UserName = "Petugas Uji", IsRegionAdmin = admin, AntiforgeryField = "<input type=\"hidden\" name=\"t\" value=\"x\">",
            Form = form ?? new Dictionary<string, string>(), Query = query ?? new Dictionary<string, string>(),
            Services = scope.ServiceProvider,
        }, CancellationToken.None);
    }

    public async Task<IReadOnlyList<DashboardWidget>> WidgetsAsync(string region = "16.71")
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RegionHolder>().Code = region;
        return await _module.GetWidgetsAsync(new ModuleContext { RegionCode = region, RegionName = "Kota " + region, Services = scope.ServiceProvider }, CancellationToken.None);
    }

    public IReadOnlyDictionary<string, string> Stored(string region) => Region(region);

    private SortedDictionary<string, string> Region(string code)
    {
        lock (_regions)
        {
            return _regions.TryGetValue(code, out var region) ? region : _regions[code] = new(StringComparer.Ordinal);
        }
    }

    /// <summary>A clock the test sets; local time is WIB (UTC+7), as in Palembang.</summary>
    public sealed class FixedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
    }

    private sealed class RegionHolder
    {
        public string Code { get; set; } = "";
    }

    private sealed class Settings(IReadOnlyDictionary<string, string> values) : IModuleSettings
    {
        public string? Get(string key) => values.GetValueOrDefault(key);
    }

    private sealed class Storage(SortedDictionary<string, string> entries) : IModuleStorage
    {
        public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
            Task.FromResult(entries.GetValueOrDefault(key));

        public Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
        {
            entries[key] = value;
            return Task.CompletedTask;
        }

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(entries.Remove(key));

        public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>([.. entries.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal))]);
    }
}
