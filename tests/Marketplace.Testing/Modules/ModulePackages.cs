using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Marketplace.Testing.Modules;

/// <summary>
/// Module packages for tests: the samples as the host's build zipped them, the misbehaving test modules zipped with a
/// manifest of the test's choosing, and hand-made zips for the structural attacks (zip slip, links, bombs).
/// </summary>
public static class ModulePackages
{
    public const string TestModulesAssembly = "Marketplace.TestModules.dll";
    public const string DependencyAssembly = "Marketplace.TestModules.Dependency.dll";

    private static readonly string _configuration =
        typeof(ModulePackages).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static string Root { get; } = FindRoot();

    /// <summary>A sample package as the host's build produced it (<c>parkir-retribusi-1.0.0</c>).</summary>
    public static byte[] Sample(string idAndVersion) => File.ReadAllBytes(SamplePath(idAndVersion));

    public static string SamplePath(string idAndVersion) =>
        Path.Combine(Root, "src", "Marketplace.Web", "bin", _configuration, "net10.0", "plugins", "packages", idAndVersion + ".zip");

    /// <summary>The sample's package with its manifest rewritten by <paramref name="change"/> (a new version of the same build, for example).</summary>
    public static byte[] SampleWithManifest(string idAndVersion, Func<string, string> change)
    {
        var entries = Entries(Sample(idAndVersion));
        entries["module.json"] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(entries["module.json"])));
        return Zip(entries);
    }

    /// <summary>The test modules' assembly (and its dependency unless left out) with a manifest naming <paramref name="entryType"/>.</summary>
    public static byte[] TestModule(string id, string entryType, string version = "1.0.0", bool withDependency = true, string hostApi = ">=1.0.0 <2.0.0", string permissions = "\"storage\"")
    {
        var output = Path.Combine(Root, "tests", "Marketplace.TestModules", "bin", _configuration, "net10.0");
        var entries = new Dictionary<string, byte[]>
        {
            [TestModulesAssembly] = File.ReadAllBytes(Path.Combine(output, TestModulesAssembly)),
            ["module.json"] = Encoding.UTF8.GetBytes(Manifest(id, version, TestModulesAssembly, "Marketplace.TestModules." + entryType, hostApi, permissions)),
        };
        if (withDependency)
        {
            entries[DependencyAssembly] = File.ReadAllBytes(Path.Combine(output, DependencyAssembly));
        }

        return Zip(entries);
    }

    public static string Manifest(string id, string version, string entryAssembly, string? entryType = null, string hostApi = ">=1.0.0 <2.0.0", string permissions = "\"storage\"") =>
        $$"""
        { "id": "{{id}}", "name": "Modul {{id}}", "version": "{{version}}", "hostApi": "{{hostApi}}",
          "entryAssembly": "{{entryAssembly}}"{{(entryType is null ? "" : $", \"entryType\": \"{entryType}\"")}}, "permissions": [ {{permissions}} ] }
        """;

    /// <summary>A zip of the given entries, in order; <paramref name="links"/> are stored as Unix symbolic links.</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> entries, IReadOnlyCollection<string>? links = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, level);
                if (links?.Contains(name) == true)
                {
                    entry.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
                }

                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>A minimal valid package: a manifest and a (fake) entry assembly; enough for the structural checks.</summary>
    public static Dictionary<string, byte[]> Minimal(string id = "modul-uji", string version = "1.0.0") => new()
    {
        ["module.json"] = Encoding.UTF8.GetBytes(Manifest(id, version, "Modul.Uji.dll")),
        ["Modul.Uji.dll"] = [0x4D, 0x5A, 0, 0],
    };

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Marketplace.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
    }
}
