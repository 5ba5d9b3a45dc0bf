using Marketplace.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Plugins;

/// <summary>The region a module's scope serves; set by the host for each call, read by the storage it gives the module.</summary>
internal sealed class ModuleRegionScope
{
    public string RegionCode { get; set; } = "";
}

/// <summary>
/// Builds a module's own container: the host's logger factory, clock and, as the manifest asks, settings and a storage
/// bound to the module and the caller's region; then whatever the module registers. Nothing here reaches the host's
/// container, and the module never sees the host's database context.
/// </summary>
public sealed class ModuleHostServices(ILoggerFactory loggers, TimeProvider clock, IServiceScopeFactory hostScopes, IOptions<PluginOptions> options)
{
    public ServiceProvider Build(ModuleManifest manifest, IModule module)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(clock);
        services.AddScoped<ModuleRegionScope>();
        if (manifest.Permissions.Contains(ModulePermissions.Settings))
        {
            var values = options.Value.Settings.GetValueOrDefault(manifest.Id) ?? [];
            services.AddSingleton<IModuleSettings>(new ModuleSettings(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase)));
        }

        if (manifest.Permissions.Contains(ModulePermissions.Storage))
        {
            var id = manifest.Id;
            services.AddScoped<IModuleStorage>(sp => new ModuleStorage(hostScopes, id, sp.GetRequiredService<ModuleRegionScope>().RegionCode));
        }

        module.ConfigureServices(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class ModuleSettings(Dictionary<string, string> values) : IModuleSettings
    {
        public string? Get(string key) => values.GetValueOrDefault(key);
    }
}
