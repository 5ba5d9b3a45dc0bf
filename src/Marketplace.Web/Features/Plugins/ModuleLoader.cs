using System.Diagnostics;
using System.Reflection;
using Marketplace.Abstractions;
using McMaster.NETCore.Plugins;

namespace Marketplace.Web.Features.Plugins;

/// <summary>The outcome of loading a module version: the module, or the reason it could not run.</summary>
public sealed record LoadOutcome(LoadedModule? Module, PackageProblem? Problem);

/// <summary>
/// Loads a module folder into a collectible load context of its own with McMaster.NETCore.Plugins. Only the contract
/// (Marketplace.Abstractions) and the framework abstractions in its signatures are shared with the host; everything
/// else the module brings, its own dependency versions included, stays in its context. Every failure is caught and
/// turned into a reason (in the spirit of Jellyfin's Malfunctioned plugins): the host keeps running.
/// </summary>
public sealed class ModuleLoader(ModuleHostServices hostServices)
{
    /// <summary>Types whose assemblies the host shares with every module.</summary>
    public static readonly Type[] SharedTypes =
    [
        typeof(IModule),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.Extensions.Logging.ILogger),
    ];

    public LoadOutcome Load(string folder, ModuleManifest manifest)
    {
        var watch = Stopwatch.StartNew();
        var path = EntryPaths.Under(folder, manifest.EntryAssembly);
        PluginLoader? loader = null;
        try
        {
            // LoadInMemory: the files are read, not mapped, so the folder can be replaced at the next load.
            loader = PluginLoader.CreateFromAssemblyFile(path, isUnloadable: true, SharedTypes, config => config.LoadInMemory = true);
            var assembly = loader.LoadDefaultAssembly();

            // Resolve every type now: a missing dependency shows here, at load, not in the middle of a request.
            var types = assembly.GetTypes();
            var entry = FindEntryType(types, manifest);
            if (entry is null)
            {
                return Fail(loader, new PackageProblem("Load.NoEntryType", manifest.EntryType ?? nameof(IModule)));
            }

            var module = (IModule)Activator.CreateInstance(entry)!;
            var services = hostServices.Build(manifest, module);
            return new LoadOutcome(new LoadedModule(loader, module, services, manifest, watch.Elapsed), null);
        }
        catch (ReflectionTypeLoadException e)
        {
            var missing = e.LoaderExceptions.OfType<FileNotFoundException>().Select(f => f.FileName).FirstOrDefault(n => n is not null);
            return Fail(loader, missing is not null
                ? new PackageProblem("Load.MissingDependency", AssemblyName(missing))
                : new PackageProblem("Load.TypesFailed", e.LoaderExceptions.FirstOrDefault()?.Message ?? e.Message));
        }
        catch (FileNotFoundException e)
        {
            return Fail(loader, new PackageProblem("Load.MissingDependency", AssemblyName(e.FileName ?? e.Message)));
        }
        catch (TargetInvocationException e)
        {
            return Fail(loader, new PackageProblem("Load.ConstructorThrew", Describe(e.InnerException ?? e)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(loader, new PackageProblem("Load.Failed", Describe(e)));
        }
    }

    private static Type? FindEntryType(Type[] types, ModuleManifest manifest)
    {
        var candidates = types.Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null).ToList();
        return manifest.EntryType is { } name ? candidates.SingleOrDefault(t => t.FullName == name) : candidates.Count == 1 ? candidates[0] : null;
    }

    private static LoadOutcome Fail(PluginLoader? loader, PackageProblem problem)
    {
        loader?.Dispose();
        return new LoadOutcome(null, problem);
    }

    private static string AssemblyName(string fileName) => fileName.Split(',')[0].Trim();

    /// <summary>The exception's type and message only: keeping the exception would keep the module's types alive.</summary>
    internal static string Describe(Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}";
        return message.Length > 300 ? message[..300] + "…" : message;
    }
}
