namespace Marketplace.Abstractions;

/// <summary>
/// The version of the contract between the Forum Kominfo host and its plugins.
/// A plugin declares the range of host API versions it works with; the host refuses
/// a plugin whose range does not include <see cref="Version"/>.
/// </summary>
public static class HostApi
{
    /// <summary>The SemVer version of the host API this assembly describes.</summary>
    public const string Version = "0.1.0";
}
