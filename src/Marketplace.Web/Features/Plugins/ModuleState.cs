namespace Marketplace.Web.Features.Plugins;

public enum ModuleState
{
    /// <summary>Not loaded yet (modules load at their first call).</summary>
    NotLoaded,
    Running,

    /// <summary>Could not be loaded: hash mismatch, missing dependency, constructor threw... The reason says which.</summary>
    Malfunctioned,

    /// <summary>Failed or ran out of time too often within the window; unloaded until an administrator reloads it.</summary>
    Faulted,
}

/// <summary>What the admin page shows of one module version in this process.</summary>
public sealed record ModuleStatus(int PackageId, string ModuleId, string Version, ModuleState State, PackageProblem? Reason, TimeSpan? LoadTime,
    DateTimeOffset? LoadedAt, int RecentFaults, int Calls, int Unloads, int CollectedUnloads);

/// <summary>How a call to a module ended.</summary>
public enum CallOutcome
{
    Done,

    /// <summary>The module could not be loaded or is faulted; <see cref="ModuleCall{T}.Reason"/> says why.</summary>
    Unavailable,
    Threw,
    TimedOut,
}

public sealed record ModuleCall<T>(CallOutcome Outcome, T? Value, PackageProblem? Reason);
