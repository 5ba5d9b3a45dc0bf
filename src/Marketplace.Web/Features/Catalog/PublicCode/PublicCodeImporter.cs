using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// publiccode.yml → <see cref="SharedApp"/>: modelled keys become fields, tags and a release; every other key is kept
/// verbatim in <see cref="SharedApp.PublicCodeExtra"/> for <see cref="PublicCodeExporter"/>.
/// The description in Indonesian (<c>id</c>) is preferred, then English (<c>en</c>), then the first one.
/// </summary>
public static partial class PublicCodeImporter
{
    public static readonly string[] PreferredLanguages = ["id", "en"];

    /// <summary>Validates, then maps; the application is null when the report has errors.</summary>
    public static (ValidationReport Report, SharedApp? App) Import(string yaml, string ownerRegionCode)
    {
        var report = PublicCodeValidator.Validate(yaml);
        if (!report.Valid || !PublicCodeValidator.TryLoad(yaml, out var root, out _))
        {
            return (report, null);
        }

        var document = (OrderedDictionary<string, object?>)PublicCodeTree.FromYaml(root)!;
        return (report, Map(document, ownerRegionCode));
    }

    private static SharedApp Map(OrderedDictionary<string, object?> extra, string ownerRegionCode)
    {
        var name = Take(extra, "name")!;
        var app = new SharedApp { Slug = Slug(name), Name = name, OwnerRegionCode = ownerRegionCode };
        extra.Remove("publiccodeYmlVersion");
        app.RepositoryUrl = Take(extra, "url");
        app.LandingUrl = Take(extra, "landingURL");
        app.SoftwareType = Take(extra, "softwareType") ?? app.SoftwareType;
        app.Maturity = Enum.Parse<Maturity>(Take(extra, "developmentStatus")!, ignoreCase: true);
        TakeRelease(extra, app);
        TakeTags(extra, "platforms", TagKind.Platform, app);
        TakeTags(extra, "categories", TagKind.Category, app);

        var descriptions = (OrderedDictionary<string, object?>)extra["description"]!;
        var language = PreferredLanguages.FirstOrDefault(descriptions.ContainsKey) ?? descriptions.GetAt(0).Key;
        var description = (OrderedDictionary<string, object?>)descriptions[language]!;
        app.Summary = Take(description, "shortDescription")!.Trim();
        app.Description = Take(description, "longDescription")!;

        var legal = (OrderedDictionary<string, object?>)extra["legal"]!;
        app.License = Take(legal, "license")!;
        RemoveIfEmpty(extra, "legal");

        var maintenance = (OrderedDictionary<string, object?>)extra["maintenance"]!;
        app.MaintenanceType = Enum.Parse<MaintenanceType>(Take(maintenance, "type")!, ignoreCase: true);
        if (maintenance.Remove("contacts", out var contacts) && contacts is List<object?> list)
        {
            app.Contacts = [.. list.OfType<OrderedDictionary<string, object?>>().Select(c => new MaintenanceContact
            {
                Name = Text(c, "name") ?? "",
                Email = Text(c, "email"),
                Phone = Text(c, "phone"),
                Affiliation = Text(c, "affiliation"),
            })];
        }

        RemoveIfEmpty(extra, "maintenance");
        app.PublicCodeExtra = extra.Count == 0 ? null : PublicCodeTree.ToJson(extra);
        return app;
    }

    /// <summary>softwareVersion and releaseDate become a release only when the version is SemVer; otherwise they stay verbatim.</summary>
    private static void TakeRelease(OrderedDictionary<string, object?> extra, SharedApp app)
    {
        var version = Text(extra, "softwareVersion");
        var date = Text(extra, "releaseDate");
        if (version is null || date is null || !SemVer.TryParse(version, out _)
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var released))
        {
            return;
        }

        extra.Remove("softwareVersion");
        extra.Remove("releaseDate");
        app.Releases.Add(new Release { Version = version, Date = released });
    }

    /// <summary>Tags are lower-case; a list that lower-casing would change stays verbatim instead.</summary>
    private static void TakeTags(OrderedDictionary<string, object?> extra, string key, TagKind kind, SharedApp app)
    {
        if (!extra.TryGetValue(key, out var value) || value is not List<object?> list
            || list.Any(v => v is not string s || s != s.ToLowerInvariant() || s.Length is 0 or > 100) || list.Distinct().Count() != list.Count)
        {
            return;
        }

        extra.Remove(key);
        app.Tags.AddRange(list.Select(v => new AppTag { Kind = kind, Value = (string)v! }));
    }

    /// <summary>Lower-case letters, digits and single hyphens, accents dropped: "Sistem Informasi Desa" → "sistem-informasi-desa".</summary>
    public static string Slug(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NonSlugPattern().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    private static string? Text(OrderedDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        } : null;

    private static string? Take(OrderedDictionary<string, object?> map, string key)
    {
        var text = Text(map, key);
        map.Remove(key);
        return text;
    }

    private static void RemoveIfEmpty(OrderedDictionary<string, object?> map, string key)
    {
        if (map.TryGetValue(key, out var value) && value is OrderedDictionary<string, object?> { Count: 0 })
        {
            map.Remove(key);
        }
    }

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlugPattern();
}
