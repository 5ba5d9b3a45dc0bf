using System.IO.Compression;
using System.Runtime.CompilerServices;
using Marketplace.Abstractions;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Plugins;

/// <summary>
/// The loader on real module builds: isolation of dependency versions, failures as reasons, and unloading that frees
/// memory. Run alone (<see cref="ModuleMemoryCollection"/>): the memory check reads the whole process's managed memory,
/// which another test class building an index beside it grows by more than the check allows.
/// </summary>
[Collection(ModuleMemoryCollection.Name)]
public sealed class ModuleLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mk-modules-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ModuleLoader _loader = new(new ModuleHostServices(
        NullLoggerFactory.Instance, TimeProvider.System, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new PluginOptions())));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Two_modules_run_side_by_side_each_with_its_own_Newtonsoft_Json()
    {
        var parking = Load(ModulePackages.Sample("parkir-retribusi-1.0.0"), "parkir");
        var complaints = Load(ModulePackages.Sample("pengaduan-warga-2.1.0"), "aduan");
        try
        {
            Assert.Contains("\"newtonsoftFile\":\"13.0.4", await AboutAsync(parking), StringComparison.Ordinal);
            Assert.Contains("\"newtonsoftFile\":\"12.0.3", await AboutAsync(complaints), StringComparison.Ordinal);
            Assert.Contains("\"newtonsoft\":\"12.0.0.0\"", await AboutAsync(complaints), StringComparison.Ordinal);

            // The contract is the host's own: one IModule type for host and modules alike.
            Assert.Same(typeof(IModule).Assembly, parking.Module.GetType().GetInterfaces().Single(i => i.Name == nameof(IModule)).Assembly);
        }
        finally
        {
            await parking.DisposeAsync();
            await complaints.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unloaded_module_is_collected()
    {
        var context = await LoadUseAndUnloadAsync(ModulePackages.Sample("parkir-retribusi-1.0.0"), "sekali");
        Assert.True(Collected(context), "The load context is still alive after unloading.");
    }

    [Fact]
    public async Task Loading_and_unloading_100_times_returns_memory_near_its_baseline()
    {
        var zip = ModulePackages.Sample("parkir-retribusi-1.0.0");
        Collected(await LoadUseAndUnloadAsync(zip, "pemanasan"));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var contexts = new List<WeakReference>();
        for (var i = 0; i < 100; i++)
        {
            contexts.Add(await LoadUseAndUnloadAsync(zip, "siklus"));
        }

        Assert.True(contexts.All(Collected), $"{contexts.Count(c => c.IsAlive)} of 100 load contexts are still alive.");
        var after = GC.GetTotalMemory(forceFullCollection: true);

        // One load holds about 1 MiB (the module and its Newtonsoft.Json read into memory): 100 leaked loads would hold ~100 MiB.
        Assert.True(after - baseline < 16 * 1024 * 1024, $"Managed memory grew from {baseline / 1024} KiB to {after / 1024} KiB over 100 cycles.");
    }

    [Fact]
    public void A_constructor_that_throws_is_a_reason_not_a_crash()
    {
        var outcome = LoadOutcome(ModulePackages.TestModule("ctor-galat", "ThrowingConstructorModule"), "ctor");
        Assert.Null(outcome.Module);
        Assert.Equal("Load.ConstructorThrew", outcome.Problem!.Key);
        Assert.Contains("Konfigurasi modul rusak", (string)outcome.Problem.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dependency_is_found_at_load_time()
    {
        var outcome = LoadOutcome(ModulePackages.TestModule("tanpa-dependensi", "DependentModule", withDependency: false), "dep");
        Assert.Equal("Load.MissingDependency", outcome.Problem!.Key);
        Assert.Equal("Marketplace.TestModules.Dependency", outcome.Problem.Arguments[0]);
    }

    [Fact]
    public void An_entry_type_that_is_not_there_is_a_reason() =>
        Assert.Equal("Load.NoEntryType", LoadOutcome(ModulePackages.TestModule("salah-tipe", "TidakAda"), "tipe").Problem!.Key);

    private static async Task<string> AboutAsync(LoadedModule module)
    {
        await using var scope = module.Services.CreateAsyncScope();
        var response = await module.Module.HandleAsync(new ModuleRequest
        {
            Method = "GET", Path = "tentang.json", BasePath = "/apps/x/jalankan", RegionCode = "16.71", RegionName = "Kota Palembang",
            UserId = "u", UserName = "Uji", AntiforgeryField = "", Services = scope.ServiceProvider,
        }, CancellationToken.None);
        return response.Body!;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<WeakReference> LoadUseAndUnloadAsync(byte[] zip, string name)
    {
        var module = Load(zip, name);
        Assert.Contains("parkir-retribusi", await AboutAsync(module), StringComparison.Ordinal);
        await module.DisposeAsync();
        return module.Context;
    }

    private LoadedModule Load(byte[] zip, string name) =>
        LoadOutcome(zip, name) is { Module: { } module } ? module : throw new InvalidOperationException("The module did not load.");

    private LoadOutcome LoadOutcome(byte[] zip, string name)
    {
        var folder = Path.Combine(_folder, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        ZipFile.ExtractToDirectory(new MemoryStream(zip), folder);
        var (manifest, problems) = ManifestReader.Read(File.ReadAllBytes(Path.Combine(folder, ModuleManifest.FileName)));
        Assert.Empty(problems);
        return _loader.Load(folder, manifest!);
    }

    /// <summary>Collects until the context is gone, at most 20 rounds (collection usually takes two).</summary>
    private static bool Collected(WeakReference context)
    {
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !context.IsAlive;
    }
}

/// <summary>Test classes that measure the process's memory, run after every other class and never beside one.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ModuleMemoryCollection
{
    public const string Name = "Process memory";
}
