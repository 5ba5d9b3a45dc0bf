namespace Marketplace.Abstractions;

/// <summary>
/// The version of the contract between the Forum Kominfo host and its plugins.
/// A plugin declares the range of host API versions it works with (see <see cref="ModuleManifest.HostApi"/>);
/// the host refuses a plugin whose range does not include <see cref="Version"/>.
/// </summary>
/// <remarks>
/// SemVer: a new optional member raises the minor version; removing or changing a member raises the major version,
/// so a module written for 1.x declares <c>"&gt;=1.0.0 &lt;2.0.0"</c>.
/// </remarks>
public static class HostApi
{
    /// <summary>The SemVer version of the host API this assembly describes.</summary>
    public const string Version = "1.0.0";
}
