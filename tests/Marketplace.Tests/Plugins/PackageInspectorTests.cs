using System.IO.Compression;
using System.Text;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Plugins;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Plugins;

public sealed class PackageInspectorTests
{
    private static readonly PackageInspector _inspector = new(Options.Create(new PluginOptions { MaxEntries = 20, MaxPackageBytes = 2 * 1024 * 1024, MaxExpandedBytes = 8 * 1024 * 1024 }));

    private static IReadOnlyList<string> Keys(byte[] zip) => _inspector.Inspect(zip).Problems.Select(p => p.Key).ToList();

    private static byte[] With(string name, byte[]? content = null)
    {
        var entries = ModulePackages.Minimal();
        entries[name] = content ?? [1, 2, 3];
        return ModulePackages.Zip(entries);
    }

    [Theory]
    [InlineData("parkir-retribusi-1.0.0", "parkir-retribusi")]
    [InlineData("pengaduan-warga-2.1.0", "pengaduan-warga")]
    public void The_sample_packages_pass_and_their_hash_is_recorded(string package, string id)
    {
        var (inspected, problems) = _inspector.Inspect(ModulePackages.Sample(package));
        Assert.Empty(problems);
        Assert.Equal(id, inspected!.Manifest.Id);
        Assert.Matches("^[0-9a-f]{64}$", inspected.Sha256);
    }

    [Theory]
    [InlineData("../../evil.dll", "Package.PathEscapes")]
    [InlineData("lib/../../evil.dll", "Package.PathEscapes")]
    [InlineData("/etc/evil.dll", "Package.AbsolutePath")]
    [InlineData("C:/Windows/evil.dll", "Package.AbsolutePath")]
    [InlineData("lib\\evil.dll", "Package.Backslash")]
    [InlineData("..\\evil.dll", "Package.Backslash")]
    [InlineData("lib//evil.dll", "Package.PathEscapes")]
    [InlineData("./evil.dll", "Package.PathEscapes")]
    public void Entries_escaping_the_folder_are_refused(string name, string key) => Assert.Contains(key, Keys(With(name)));

    [Fact]
    public void A_symbolic_link_entry_is_refused() =>
        Assert.Contains("Package.Link", Keys(ModulePackages.Zip(new Dictionary<string, byte[]>(ModulePackages.Minimal()) { ["tautan.txt"] = "/etc/passwd"u8.ToArray() }, links: ["tautan.txt"])));

    [Theory]
    [InlineData("run.sh")]
    [InlineData("native.so")]
    [InlineData("web.config")]
    [InlineData("Marketplace.Abstractions.exe")]
    public void Other_file_types_are_refused(string name) => Assert.Contains("Package.FileType", Keys(With(name)));

    [Fact]
    public void A_copy_of_the_contract_is_refused() => Assert.Contains("Package.CarriesContract", Keys(With("Marketplace.Abstractions.dll")));

    [Fact]
    public void A_zip_bomb_is_refused_by_its_ratio() =>
        Assert.Contains("Package.Ratio", Keys(With("kosong.txt", new byte[4 * 1024 * 1024])));

    [Fact]
    public void More_than_the_expanded_limit_is_refused()
    {
        var entries = ModulePackages.Minimal();
        for (var i = 0; i < 3; i++)
        {
            entries[$"data{i}.txt"] = new byte[3 * 1024 * 1024];
        }

        Assert.Contains("Package.TooLargeExpanded", Keys(ModulePackages.Zip(entries)));
    }

    [Fact]
    public void More_than_the_compressed_limit_is_refused()
    {
        var entries = ModulePackages.Minimal();
        entries["acak.txt"] = Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 3 * 1024 * 1024);
        Assert.Equal(["Package.TooLarge"], Keys(ModulePackages.Zip(entries, level: CompressionLevel.NoCompression)));
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var entries = ModulePackages.Minimal();
        for (var i = 0; i < 25; i++)
        {
            entries[$"catatan{i}.txt"] = [1];
        }

        Assert.Equal(["Package.TooManyEntries"], Keys(ModulePackages.Zip(entries)));
    }

    [Fact]
    public void Not_a_zip_is_refused() => Assert.Equal(["Package.NotZip"], Keys("bukan zip"u8.ToArray()));

    [Fact]
    public void A_package_without_manifest_is_refused()
    {
        var entries = ModulePackages.Minimal();
        entries.Remove("module.json");
        Assert.Equal(["Package.NoManifest"], Keys(ModulePackages.Zip(entries)));
    }

    [Theory]
    [InlineData("{ \"id\": ", "Package.ManifestNotJson")]
    [InlineData("[1, 2]", "Package.ManifestNotObject")]
    [InlineData("{ \"name\": \"x\", \"version\": \"1.0.0\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"Modul.Uji.dll\" }", "Package.ManifestMissingKey")]
    [InlineData("{ \"id\": \"Bad Id\", \"name\": \"x\", \"version\": \"1.0.0\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"Modul.Uji.dll\" }", "Package.ManifestBadId")]
    [InlineData("{ \"id\": \"abc\", \"name\": \"x\", \"version\": \"satu\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"Modul.Uji.dll\" }", "Package.ManifestBadVersion")]
    [InlineData("{ \"id\": \"abc\", \"name\": \"x\", \"version\": \"1.0.0\", \"hostApi\": \"apa saja\", \"entryAssembly\": \"Modul.Uji.dll\" }", "Package.ManifestBadRange")]
    [InlineData("{ \"id\": \"abc\", \"name\": \"x\", \"version\": \"1.0.0\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"../Modul.Uji.dll\" }", "Package.ManifestBadEntryAssembly")]
    [InlineData("{ \"id\": \"abc\", \"name\": \"x\", \"version\": \"1.0.0\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"Modul.Uji.dll\", \"jalankan\": true }", "Package.ManifestUnknownKey")]
    [InlineData("{ \"id\": \"abc\", \"name\": 5, \"version\": \"1.0.0\", \"hostApi\": \">=1.0.0\", \"entryAssembly\": \"Modul.Uji.dll\" }", "Package.ManifestNotText")]
    public void A_malformed_manifest_is_refused_naming_the_problem(string manifest, string key)
    {
        var entries = ModulePackages.Minimal();
        entries["module.json"] = Encoding.UTF8.GetBytes(manifest);
        Assert.Contains(key, Keys(ModulePackages.Zip(entries)));
    }

    [Theory]
    [InlineData(">=2.0.0 <3.0.0")]
    [InlineData("<1.0.0")]
    [InlineData("^0.1.0")]
    public void An_incompatible_host_API_range_is_refused(string range)
    {
        var entries = ModulePackages.Minimal();
        entries["module.json"] = Encoding.UTF8.GetBytes(ModulePackages.Manifest("abc", "1.0.0", "Modul.Uji.dll", hostApi: range));
        Assert.Equal(["Package.IncompatibleHostApi"], Keys(ModulePackages.Zip(entries)));
    }

    [Fact]
    public void An_unknown_permission_is_refused()
    {
        var entries = ModulePackages.Minimal();
        entries["module.json"] = Encoding.UTF8.GetBytes(ModulePackages.Manifest("abc", "1.0.0", "Modul.Uji.dll", permissions: "\"storage\", \"database\""));
        var problem = Assert.Single(_inspector.Inspect(ModulePackages.Zip(entries)).Problems);
        Assert.Equal("Package.UnknownPermission", problem.Key);
        Assert.Equal("database", problem.Arguments[0]);
    }

    [Fact]
    public void The_entry_assembly_must_be_in_the_package()
    {
        var entries = ModulePackages.Minimal();
        entries.Remove("Modul.Uji.dll");
        Assert.Equal(["Package.EntryAssemblyMissing"], Keys(ModulePackages.Zip(entries)));
    }

    [Fact]
    public void Extraction_refuses_a_name_that_lands_outside_the_folder() =>
        Assert.Throws<InvalidDataException>(() => EntryPaths.Under(Path.GetTempPath(), "../luar.txt"));
}
