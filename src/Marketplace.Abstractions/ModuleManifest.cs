namespace Marketplace.Abstractions;

/// <summary>
/// The manifest of a module, stored as <c>module.json</c> at the root of its package (camelCase keys).
/// </summary>
/// <example>
/// <code>
/// { "id": "parkir-retribusi", "name": "Retribusi Parkir", "version": "1.0.0",
///   "hostApi": "&gt;=1.0.0 &lt;2.0.0", "entryAssembly": "Marketplace.Plugins.Parking.dll",
///   "permissions": [ "storage", "dashboard" ] }
/// </code>
/// </example>
public sealed record ModuleManifest
{
    /// <summary>The file name of the manifest inside a package.</summary>
    public const string FileName = "module.json";

    /// <summary>Stable identifier: lower-case letters, digits and hyphens, 3 to 50 characters; the same for every version.</summary>
    public required string Id { get; init; }

    /// <summary>Name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>The module's SemVer version; equal to the version of the catalog release that carries the package.</summary>
    public required string Version { get; init; }

    /// <summary>The host API versions the module works with, as space-separated comparators (<c>&gt;=1.0.0 &lt;2.0.0</c>).</summary>
    public required string HostApi { get; init; }

    /// <summary>The file name of the assembly that holds the <see cref="IModule"/> implementation, at the package root.</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>The full name of the <see cref="IModule"/> type; optional when the entry assembly holds exactly one.</summary>
    public string? EntryType { get; init; }

    /// <summary>What the module asks the host for, each one of <see cref="ModulePermissions.Known"/>.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>A sentence about what the module does.</summary>
    public string? Description { get; init; }
}
