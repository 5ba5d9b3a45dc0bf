namespace Marketplace.Web.Features.Plugins;

/// <summary>One module version's place in the runtime: its loaded module, state, faults and unload history.</summary>
internal sealed class Slot(int packageId, string moduleId, string version)
{
    private readonly Queue<DateTimeOffset> _faults = new();
    private readonly List<WeakReference> _unloaded = [];
    private TimeSpan? _loadTime;
    private DateTimeOffset? _loadedAt;

    public int Calls;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int PackageId { get; } = packageId;

    public string ModuleId { get; } = moduleId;

    public string Version { get; } = version;

    public volatile LoadedModule? Module;

    public ModuleState State { get; private set; } = ModuleState.NotLoaded;

    public PackageProblem? Reason { get; private set; }

    public void Loaded(LoadedModule module, DateTimeOffset at)
    {
        Module = module;
        State = ModuleState.Running;
        Reason = null;
        _loadTime = module.LoadTime;
        _loadedAt = at;
    }

    public PackageProblem Fail(ModuleState state, PackageProblem reason)
    {
        State = state;
        Reason = reason;
        return reason;
    }

    /// <summary>Adds a fault and returns how many fall within the window.</summary>
    public int RecordFault(DateTimeOffset at, DateTimeOffset windowStart)
    {
        lock (_faults)
        {
            _faults.Enqueue(at);
            while (_faults.Count > 0 && _faults.Peek() < windowStart)
            {
                _faults.Dequeue();
            }

            return _faults.Count;
        }
    }

    public async Task<WeakReference?> UnloadAsync()
    {
        var module = Module;
        Module = null;
        if (module is null)
        {
            return null;
        }

        await module.DisposeAsync();
        lock (_unloaded)
        {
            _unloaded.Add(module.Context);
        }

        return module.Context;
    }

    public ModuleStatus Status(int packageId, DateTimeOffset windowStart)
    {
        int faults, unloads, collected;
        lock (_faults)
        {
            faults = _faults.Count(f => f >= windowStart);
        }

        lock (_unloaded)
        {
            unloads = _unloaded.Count;
            collected = _unloaded.Count(w => !w.IsAlive);
        }

        return new ModuleStatus(packageId, ModuleId, Version, State, Reason, _loadTime, _loadedAt, faults, Calls, unloads, collected);
    }
}
