using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Plugins;

/// <summary>The <c>Plugins</c> configuration section: package limits, the time budget of a call and when a module counts as faulted.</summary>
public sealed class PluginOptions
{
    public const string Section = "Plugins";

    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxPackageBytes { get; set; } = 10 * 1024 * 1024;

    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxExpandedBytes { get; set; } = 50 * 1024 * 1024;

    [Range(1, 100_000)]
    public int MaxEntries { get; set; } = 200;

    /// <summary>Largest expanded/compressed ratio of an entry or of the whole package: beyond it the package is treated as a zip bomb.</summary>
    [Range(2, 10_000)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Time one request or widget call may take before it is cancelled and counted as a fault.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RequestBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Faults within <see cref="FaultWindow"/> that put a module version in the Faulted state.</summary>
    [Range(1, 1000)]
    public int FaultThreshold { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FaultWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the build puts the sample packages the demo installs (relative to the application's folder).</summary>
    public string SamplePackagesPath { get; set; } = "plugins/packages";

    /// <summary>Settings given to modules that ask for them, per module id: <c>Plugins:Settings:pengaduan-warga:targetHari</c>.</summary>
    public Dictionary<string, Dictionary<string, string>> Settings { get; set; } = [];
}
