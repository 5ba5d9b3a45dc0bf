using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ModuleBench;

/// <summary>Load, unload and memory of the parking module through the host's own loader, in this process.</summary>
internal sealed class LoaderFigures
{
    private readonly ModuleLoader _loader = new(new ModuleHostServices(NullLoggerFactory.Instance, TimeProvider.System,
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), Options.Create(new PluginOptions())));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mk-bench-modules-" + Guid.NewGuid().ToString("N")[..8]);

    public void Run(int loads)
    {
        var zip = ModulePackages.Sample("parkir-retribusi-1.0.0");
        var folder = Path.Combine(_folder, "parkir");
        ZipFile.ExtractToDirectory(new MemoryStream(zip), folder);
        var (manifest, _) = ManifestReader.Read(File.ReadAllBytes(Path.Combine(folder, "module.json")));

        var loadMs = new List<double>();
        var unloadMs = new List<double>();
        for (var i = 0; i < loads; i++)
        {
            var (load, unload) = Cycle(folder, manifest!);
            loadMs.Add(load);
            unloadMs.Add(unload);
        }

        Console.WriteLine($"load (first in process): {loadMs[0]:0.0} ms; median of {loads} loads: {Median(loadMs):0.0} ms (min {loadMs.Min():0.0}, max {loadMs.Max():0.0})");
        Console.WriteLine($"unload until collected: median {Median(unloadMs):0.0} ms (min {unloadMs.Min():0.0}, max {unloadMs.Max():0.0})");

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var baselineSet = Process.GetCurrentProcess().WorkingSet64;
        for (var i = 0; i < 100; i++)
        {
            Cycle(folder, manifest!);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"managed memory: baseline {baseline / 1024} KiB, after 100 load/unload cycles {after / 1024} KiB ({(after - baseline) / 1024:+0;-0} KiB)");
        Console.WriteLine($"working set: baseline {baselineSet / 1024 / 1024} MiB, after {Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB");
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One cold load (its own new context) with a call, then the time from unloading until the context is collected.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (double Load, double Unload) Cycle(string folder, Marketplace.Abstractions.ModuleManifest manifest)
    {
        var watch = Stopwatch.StartNew();
        var context = LoadCallUnload(folder, manifest, out var loadMs, watch);
        var unloadStart = watch.Elapsed.TotalMilliseconds;
        for (var i = 0; i < 50 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        if (context.IsAlive)
        {
            throw new InvalidOperationException("The context was not collected.");
        }

        return (loadMs, watch.Elapsed.TotalMilliseconds - unloadStart);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadCallUnload(string folder, Marketplace.Abstractions.ModuleManifest manifest, out double loadMs, Stopwatch watch)
    {
        var outcome = _loader.Load(folder, manifest);
        var module = outcome.Module ?? throw new InvalidOperationException(outcome.Problem?.ToString());
        loadMs = watch.Elapsed.TotalMilliseconds;
        using (var scope = module.Services.CreateScope())
        {
            module.Module.HandleAsync(new Marketplace.Abstractions.ModuleRequest
            {
                Method = "GET", Path = "tentang.json", BasePath = "/b", RegionCode = "16.71", RegionName = "Kota Palembang",
                UserId = "b", UserName = "bench", AntiforgeryField = "", Services = scope.ServiceProvider,
            }, CancellationToken.None).GetAwaiter().GetResult();
        }

        module.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return module.Context;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
