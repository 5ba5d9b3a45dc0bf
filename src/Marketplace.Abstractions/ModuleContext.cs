namespace Marketplace.Abstractions;

/// <summary>Who is calling a module and from which region, with the module's scoped services for this call.</summary>
public class ModuleContext
{
    /// <summary>The Kemendagri code of the caller's region, for example <c>16.71</c> (Kota Palembang).</summary>
    public required string RegionCode { get; init; }

    /// <summary>The region's name, for example <c>Kota Palembang</c>.</summary>
    public required string RegionName { get; init; }

    /// <summary>A scoped provider of the module's own container; disposed by the host when the call ends.</summary>
    public required IServiceProvider Services { get; init; }
}
