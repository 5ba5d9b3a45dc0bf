using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Abstractions;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// Reads module.json against its schema: an object with exactly the known keys, each of the right type and form.
/// Every problem is reported, not only the first.
/// </summary>
public static partial class ManifestReader
{
    private static readonly HashSet<string> _keys = ["id", "name", "version", "hostApi", "entryAssembly", "entryType", "permissions", "description"];

    public static (ModuleManifest? Manifest, IReadOnlyList<PackageProblem> Problems) Read(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return (null, [new("Package.ManifestNotJson", (e.LineNumber ?? 0) + 1)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new("Package.ManifestNotObject")]);
            }

            var problems = new List<PackageProblem>();
            problems.AddRange(root.EnumerateObject().Where(p => !_keys.Contains(p.Name)).Select(p => new PackageProblem("Package.ManifestUnknownKey", p.Name)));
            var id = Text(root, "id", problems, required: true);
            var name = Text(root, "name", problems, required: true);
            var version = Text(root, "version", problems, required: true);
            var hostApi = Text(root, "hostApi", problems, required: true);
            var entryAssembly = Text(root, "entryAssembly", problems, required: true);
            var entryType = Text(root, "entryType", problems, required: false);
            var description = Text(root, "description", problems, required: false);
            var permissions = Permissions(root, problems);

            if (id is not null && !IdPattern().IsMatch(id))
            {
                problems.Add(new("Package.ManifestBadId", id));
            }

            if (name is not null && name.Length > 100)
            {
                problems.Add(new("Package.ManifestTooLong", "name", 100));
            }

            if (description is not null && description.Length > 500)
            {
                problems.Add(new("Package.ManifestTooLong", "description", 500));
            }

            if (version is not null && (version.Length > 100 || !SemVer.TryParse(version, out _)))
            {
                problems.Add(new("Package.ManifestBadVersion", version));
            }

            if (hostApi is not null && !HostApiRange.TryParse(hostApi, out _))
            {
                problems.Add(new("Package.ManifestBadRange", hostApi));
            }

            if (entryAssembly is not null && !AssemblyPattern().IsMatch(entryAssembly))
            {
                problems.Add(new("Package.ManifestBadEntryAssembly", entryAssembly));
            }

            if (entryType is not null && (entryType.Length > 300 || !TypePattern().IsMatch(entryType)))
            {
                problems.Add(new("Package.ManifestBadEntryType", entryType));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            return (new ModuleManifest
            {
                Id = id!, Name = name!, Version = version!, HostApi = hostApi!, EntryAssembly = entryAssembly!,
                EntryType = entryType, Permissions = permissions, Description = description,
            }, []);
        }
    }

    private static string? Text(JsonElement root, string key, List<PackageProblem> problems, bool required)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add(new("Package.ManifestMissingKey", key));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add(new("Package.ManifestNotText", key));
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static List<string> Permissions(JsonElement root, List<PackageProblem> problems)
    {
        var permissions = new List<string>();
        if (!root.TryGetProperty("permissions", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return permissions;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
        {
            problems.Add(new("Package.ManifestPermissionsNotList"));
            return permissions;
        }

        foreach (var permission in value.EnumerateArray().Select(p => p.GetString()!))
        {
            if (!ModulePermissions.Known.Contains(permission))
            {
                problems.Add(new("Package.UnknownPermission", permission.Length > 50 ? permission[..50] : permission, string.Join(", ", ModulePermissions.Known)));
            }
            else if (!permissions.Contains(permission))
            {
                permissions.Add(permission);
            }
        }

        return permissions;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,49}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,196}\.dll$")]
    private static partial Regex AssemblyPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex TypePattern();
}
