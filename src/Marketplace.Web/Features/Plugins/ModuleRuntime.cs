using System.Collections.Concurrent;
using Marketplace.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// The module versions loaded in this process, one collectible load context each. Loads on first use (after checking
/// the pinned hash), runs every call with a time budget, counts faults and puts a module that faults too often in the
/// Faulted state, and unloads a version when no region uses it any more. Other modules and pages keep being served
/// whatever one module does.
/// </summary>
public sealed class ModuleRuntime(ModuleLoader loader, PackageFiles files, IOptions<PluginOptions> options, TimeProvider clock, ILogger<ModuleRuntime> logger)
    : IAsyncDisposable
{
    private const int UnloadHistory = 200;
    private readonly ConcurrentDictionary<int, Slot> _slots = new();
    private readonly ConcurrentQueue<UnloadedContext> _unloaded = new();

    /// <summary>A context this runtime unloaded, held weakly: the admin page and the tests see whether it was collected.</summary>
    public sealed record UnloadedContext(int PackageId, string ModuleId, string Version, DateTimeOffset At, WeakReference Context);

    /// <summary>The most recent unloads, oldest first.</summary>
    public IReadOnlyList<UnloadedContext> RecentUnloads => [.. _unloaded];

    public async Task<ModuleCall<T>> CallAsync<T>(PluginPackage package, string regionCode, Func<IModule, IServiceProvider, CancellationToken, Task<T>> call, CancellationToken aborted)
    {
        var slot = _slots.GetOrAdd(package.Id, _ => new Slot(package.Id, package.ModuleId, package.Version));
        var (module, problem) = await EnsureLoadedAsync(slot, package);
        if (module is null)
        {
            return new(CallOutcome.Unavailable, default, problem);
        }

        Interlocked.Increment(ref slot.Calls);
        var budget = options.Value.RequestBudget;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(budget);
        var scope = module.Services.CreateAsyncScope();
        try
        {
            scope.ServiceProvider.GetRequiredService<ModuleRegionScope>().RegionCode = regionCode;

            // Task.Run: a module that blocks its thread before its first await must not block the request's thread past the budget.
            var result = await Task.Run(() => call(module.Module, scope.ServiceProvider, timeout.Token), CancellationToken.None).WaitAsync(budget, aborted);
            await scope.DisposeAsync();
            return new(CallOutcome.Done, result, null);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The caller went away: not the module's fault.
            throw;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // The scope is left to the module's still-running call; it is disposed with the module's container.
            var reason = new PackageProblem("Run.TimedOut", budget.TotalSeconds);
            await FaultAsync(slot, reason);
            return new(CallOutcome.TimedOut, default, reason);
        }
        catch (Exception e)
        {
            await scope.DisposeAsync();
            var reason = new PackageProblem("Run.Threw", ModuleLoader.Describe(e));
            logger.LogWarning("Module {Module} {Version} failed a call: {Reason}", slot.ModuleId, slot.Version, reason.Arguments[0]);
            await FaultAsync(slot, reason);
            return new(CallOutcome.Threw, default, reason);
        }
    }

    /// <summary>
    /// Unloads a version (when it was disabled, upgraded or uninstalled everywhere). Returns a weak reference to the
    /// unloaded context, or null when it was not loaded.
    /// </summary>
    public async Task<WeakReference?> UnloadAsync(int packageId)
    {
        if (!_slots.TryRemove(packageId, out var slot))
        {
            return null;
        }

        await slot.Gate.WaitAsync();
        try
        {
            return Remember(packageId, slot, await slot.UnloadAsync());
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private WeakReference? Remember(int packageId, Slot slot, WeakReference? context)
    {
        if (context is not null)
        {
            _unloaded.Enqueue(new UnloadedContext(packageId, slot.ModuleId, slot.Version, clock.GetUtcNow(), context));
            while (_unloaded.Count > UnloadHistory && _unloaded.TryDequeue(out _))
            {
            }
        }

        return context;
    }

    /// <summary>Forgets a Malfunctioned or Faulted state, so the next call loads the version again.</summary>
    public Task ResetAsync(int packageId) => UnloadAsync(packageId);

    public IReadOnlyList<ModuleStatus> Snapshot() =>
        [.. _slots.Select(s => s.Value.Status(s.Key, clock.GetUtcNow() - options.Value.FaultWindow))];

    public ModuleState StateOf(int packageId) => _slots.TryGetValue(packageId, out var slot) ? slot.State : ModuleState.NotLoaded;

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _slots.Keys)
        {
            await UnloadAsync(id);
        }
    }

    private async Task<(LoadedModule?, PackageProblem?)> EnsureLoadedAsync(Slot slot, PluginPackage package)
    {
        if (slot.Module is { } loaded && slot.State == ModuleState.Running)
        {
            return (loaded, null);
        }

        await slot.Gate.WaitAsync();
        try
        {
            switch (slot.State)
            {
                case ModuleState.Running:
                    return (slot.Module, null);
                case ModuleState.Malfunctioned or ModuleState.Faulted:
                    return (null, slot.Reason);
            }

            if (package.ApprovedSha256 is null)
            {
                return (null, slot.Fail(ModuleState.Malfunctioned, new PackageProblem("Load.NotApproved")));
            }

            var (folder, problem) = files.Extract(package, package.ApprovedSha256, options.Value.MaxExpandedBytes);
            var outcome = folder is null ? new LoadOutcome(null, problem) : await Task.Run(() => loader.Load(folder, ManifestOf(package)));
            if (outcome.Module is null)
            {
                logger.LogWarning("Module {Module} {Version} could not be loaded: {Reason}", package.ModuleId, package.Version, outcome.Problem);
                return (null, slot.Fail(ModuleState.Malfunctioned, outcome.Problem!));
            }

            slot.Loaded(outcome.Module, clock.GetUtcNow());
            logger.LogInformation("Module {Module} {Version} loaded in {Milliseconds} ms", package.ModuleId, package.Version, outcome.Module.LoadTime.TotalMilliseconds);
            return (outcome.Module, null);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private async Task FaultAsync(Slot slot, PackageProblem reason)
    {
        var now = clock.GetUtcNow();
        if (slot.RecordFault(now, now - options.Value.FaultWindow) < options.Value.FaultThreshold)
        {
            return;
        }

        await slot.Gate.WaitAsync();
        try
        {
            if (slot.State != ModuleState.Running)
            {
                return;
            }

            var faulted = new PackageProblem("Run.Faulted", options.Value.FaultThreshold, options.Value.FaultWindow.TotalMinutes, reason);
            slot.Fail(ModuleState.Faulted, faulted);
            Remember(slot.PackageId, slot, await slot.UnloadAsync());
            logger.LogWarning("Module {Module} {Version} is faulted and unloaded: {Reason}", slot.ModuleId, slot.Version, reason);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private static ModuleManifest ManifestOf(PluginPackage package) => new()
    {
        Id = package.ModuleId, Name = package.Name, Version = package.Version, HostApi = package.HostApiRange,
        EntryAssembly = package.EntryAssembly, EntryType = package.EntryType, Permissions = package.Permissions,
    };
}
