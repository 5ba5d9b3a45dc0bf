using System.IO.Compression;
using System.Security.Cryptography;
using Marketplace.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Plugins;

/// <summary>What a package holds once it passed every check.</summary>
public sealed record InspectedPackage(ModuleManifest Manifest, string Sha256, long CompressedBytes, long ExpandedBytes, int EntryCount);

/// <summary>
/// Checks an uploaded module package before anything of it is stored: sizes, entry count, expansion ratio (zip bombs),
/// entry paths (zip slip, absolute paths, drive letters, backslashes, links), file types, the manifest's schema and the
/// host API range. Nothing is extracted here; extraction (<see cref="PackageFiles"/>) checks the real sizes again.
/// </summary>
public sealed class PackageInspector(IOptions<PluginOptions> options)
{
    public const string ContractAssembly = "Marketplace.Abstractions.dll";
    private const int MaxManifestBytes = 64 * 1024;
    private static readonly string[] _allowedExtensions = [".dll", ".json", ".pdb", ".txt", ".md"];

    public (InspectedPackage? Package, IReadOnlyList<PackageProblem> Problems) Inspect(byte[] zip)
    {
        var limits = options.Value;
        if (zip.Length > limits.MaxPackageBytes)
        {
            return Refuse(new PackageProblem("Package.TooLarge", Mebibytes(zip.Length), Mebibytes(limits.MaxPackageBytes)));
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return Refuse(new PackageProblem("Package.NotZip"));
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
            {
                return Refuse(new PackageProblem("Package.TooManyEntries", archive.Entries.Count, limits.MaxEntries));
            }

            var problems = new List<PackageProblem>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long expanded = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                if (EntryPaths.Problem(name) is { } pathProblem)
                {
                    problems.Add(new PackageProblem(pathProblem, Shown(name)));
                    continue;
                }

                if (EntryPaths.IsLink(entry))
                {
                    problems.Add(new PackageProblem("Package.Link", Shown(name)));
                    continue;
                }

                if (!names.Add(name))
                {
                    problems.Add(new PackageProblem("Package.DuplicateEntry", Shown(name)));
                }

                if (name.EndsWith('/'))
                {
                    continue;
                }

                if (!_allowedExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(new PackageProblem("Package.FileType", Shown(name), string.Join(", ", _allowedExtensions)));
                }

                expanded += entry.Length;
                if (entry.Length > 64 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
                {
                    problems.Add(new PackageProblem("Package.Ratio", Shown(name), entry.Length / Math.Max(1, entry.CompressedLength), limits.MaxCompressionRatio));
                }
            }

            if (expanded > limits.MaxExpandedBytes)
            {
                problems.Add(new PackageProblem("Package.TooLargeExpanded", Mebibytes(expanded), Mebibytes(limits.MaxExpandedBytes)));
            }
            else if (expanded > 1024 * 1024 && expanded / Math.Max(1, zip.Length) > limits.MaxCompressionRatio)
            {
                problems.Add(new PackageProblem("Package.Ratio", "*", expanded / zip.Length, limits.MaxCompressionRatio));
            }

            if (names.Contains(ContractAssembly))
            {
                problems.Add(new PackageProblem("Package.CarriesContract", ContractAssembly));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            var manifestEntry = archive.GetEntry(ModuleManifest.FileName);
            if (manifestEntry is null)
            {
                return Refuse(new PackageProblem("Package.NoManifest", ModuleManifest.FileName));
            }

            if (manifestEntry.Length > MaxManifestBytes)
            {
                return Refuse(new PackageProblem("Package.ManifestTooLarge", MaxManifestBytes / 1024));
            }

            var (manifest, manifestProblems) = ManifestReader.Read(ReadAll(manifestEntry));
            if (manifest is null)
            {
                return (null, manifestProblems);
            }

            if (!HostApiRange.Includes(manifest.HostApi, HostApi.Version))
            {
                problems.Add(new PackageProblem("Package.IncompatibleHostApi", manifest.HostApi, HostApi.Version));
            }

            if (archive.GetEntry(manifest.EntryAssembly) is null)
            {
                problems.Add(new PackageProblem("Package.EntryAssemblyMissing", manifest.EntryAssembly));
            }

            return problems.Count > 0
                ? (null, problems)
                : (new InspectedPackage(manifest, Convert.ToHexStringLower(SHA256.HashData(zip)), zip.Length, expanded, archive.Entries.Count), []);
        }
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static (InspectedPackage?, IReadOnlyList<PackageProblem>) Refuse(PackageProblem problem) => (null, [problem]);

    private static string Shown(string name) => name.Length > 100 ? name[..100] + "…" : name;

    private static string Mebibytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
