using System.Runtime.CompilerServices;
using Marketplace.Abstractions;
using McMaster.NETCore.Plugins;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// One module version running in its own collectible load context, with its own container. Disposing it disposes the
/// container and unloads the context; the context is collected once nothing references the module's types any more.
/// </summary>
public sealed class LoadedModule : IAsyncDisposable
{
    private PluginLoader? _loader;
    private IModule? _module;
    private ServiceProvider? _services;

    internal LoadedModule(PluginLoader loader, IModule module, ServiceProvider services, ModuleManifest manifest, TimeSpan loadTime)
    {
        _loader = loader;
        _module = module;
        _services = services;
        Manifest = manifest;
        LoadTime = loadTime;
        Context = new WeakReference(loader.LoadContext, trackResurrection: false);
    }

    public ModuleManifest Manifest { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>The load context, weakly: tests and the admin page see whether it was collected after unloading.</summary>
    public WeakReference Context { get; }

    public IModule Module => _module ?? throw new ObjectDisposedException(nameof(LoadedModule));

    public ServiceProvider Services => _services ?? throw new ObjectDisposedException(nameof(LoadedModule));

    [MethodImpl(MethodImplOptions.NoInlining)]
    public async ValueTask DisposeAsync()
    {
        var services = Interlocked.Exchange(ref _services, null);
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        _module = null;
        var loader = Interlocked.Exchange(ref _loader, null);
        if (loader is null)
        {
            return;
        }

        loader.Dispose();
    }
}
