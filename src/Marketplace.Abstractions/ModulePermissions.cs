namespace Marketplace.Abstractions;

/// <summary>
/// The fixed list of things a module may ask the host for in its manifest. The host gives a module only the services
/// its manifest asked for, and refuses a package that asks for anything else.
/// </summary>
public static class ModulePermissions
{
    /// <summary>Keep data in <see cref="IModuleStorage"/>, scoped to the module and the caller's region.</summary>
    public const string Storage = "storage";

    /// <summary>Contribute widgets to a region's dashboard through <see cref="IModule.GetWidgetsAsync"/>.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>Read the settings an administrator gave the module (<see cref="IModuleSettings"/>).</summary>
    public const string Settings = "settings";

    /// <summary>Every permission the host knows.</summary>
    public static IReadOnlyList<string> Known { get; } = [Storage, Dashboard, Settings];
}
