using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// Where packages live on disk: each accepted zip under &lt;data&gt;/plugins/packages/&lt;sha256&gt;.zip, and the files of a
/// module version under &lt;data&gt;/plugins/&lt;id&gt;/&lt;version&gt;/, extracted afresh from the zip at every load after its hash
/// was checked against the pinned one, so a file changed on disk is never what runs.
/// </summary>
public sealed class PackageFiles(IOptions<MarketplaceOptions> marketplace, IWebHostEnvironment environment)
{
    private readonly string _root = Path.Combine(marketplace.Value.ResolveDataPath(environment.ContentRootPath), "plugins");

    public string PackagePath(string sha256) => Path.Combine(_root, "packages", sha256 + ".zip");

    public async Task SaveAsync(string sha256, byte[] zip, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(_root, "packages"));
        var path = PackagePath(sha256);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await File.WriteAllBytesAsync(temporary, zip, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Checks the stored zip against <paramref name="pinnedSha256"/> and extracts it; null and the reason's key when the
    /// file is missing or its hash differs.
    /// </summary>
    public (string? Folder, PackageProblem? Problem) Extract(PluginPackage package, string pinnedSha256, long maxExpandedBytes)
    {
        var path = PackagePath(package.Sha256);
        if (!File.Exists(path))
        {
            return (null, new PackageProblem("Load.PackageMissing"));
        }

        var zip = File.ReadAllBytes(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(zip));
        if (!string.Equals(actual, pinnedSha256, StringComparison.Ordinal))
        {
            return (null, new PackageProblem("Load.HashMismatch", pinnedSha256[..12], actual[..12]));
        }

        var folder = Path.Combine(_root, package.ModuleId, package.Version);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        long written = 0;
        foreach (var entry in archive.Entries)
        {
            var target = EntryPaths.Under(folder, entry.FullName);
            if (entry.FullName.EndsWith('/'))
            {
                Directory.CreateDirectory(target);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = entry.Open();
            using var file = File.Create(target);
            written += CopyAtMost(source, file, Math.Min(entry.Length, maxExpandedBytes - written));
        }

        return (folder, null);
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes: the sizes a zip declares may lie, the bytes may not exceed them.</summary>
    private static long CopyAtMost(Stream source, Stream target, long limit)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new InvalidDataException("An entry expands beyond its declared size.");
            }

            target.Write(buffer, 0, read);
        }

        return total;
    }
}
