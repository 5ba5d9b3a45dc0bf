using System.Globalization;
using YamlDotNet.Serialization;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// <see cref="SharedApp"/> → publiccode.yml (version "0"): the modelled fields in the standard's order, then the keys
/// kept in <see cref="SharedApp.PublicCodeExtra"/> merged back where they belong. SPBE fields stay in the platform.
/// </summary>
public static class PublicCodeExporter
{
    private static readonly ISerializer _serializer = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    /// <param name="fallbackUrl">The required <c>url</c> when the application has neither repository nor landing page (its catalog page).</param>
    /// <param name="runningAt">
    /// Names of the regions whose adoption runs (Berjalan): listed under <c>usedBy</c> after the names an imported file
    /// already had there, each name once.
    /// </param>
    public static string Export(SharedApp app, string? fallbackUrl = null, IEnumerable<string>? runningAt = null)
    {
        var extra = PublicCodeTree.FromJson(app.PublicCodeExtra);
        var document = PublicCodeTree.Map([("publiccodeYmlVersion", "0"), ("name", app.Name)]);
        document["url"] = app.RepositoryUrl ?? app.LandingUrl ?? fallbackUrl ?? "";
        AddIfSet(document, "landingURL", app.LandingUrl);
        if (app.Releases.Count > 0)
        {
            var latest = app.Releases.OrderByDescending(r => r.Version, Comparer<string>.Create(SemVer.Compare)).First();
            document["softwareVersion"] = latest.Version;
            document["releaseDate"] = latest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        AddTags(document, "platforms", app, TagKind.Platform, extra);
        AddTags(document, "categories", app, TagKind.Category, extra);
        AddUsedBy(document, Take(extra, "usedBy"), runningAt ?? []);
        document["developmentStatus"] = app.Maturity.ToString().ToLowerInvariant();
        document["softwareType"] = app.SoftwareType;
        document["description"] = Descriptions(app, TakeMap(extra, "description"));
        document["legal"] = Merge(PublicCodeTree.Map([("license", app.License)]), TakeMap(extra, "legal"));
        document["maintenance"] = Merge(Maintenance(app), TakeMap(extra, "maintenance"));
        document["localisation"] = (object?)TakeMap(extra, "localisation")
            ?? PublicCodeTree.Map([("localisationReady", false), ("availableLanguages", new List<object?> { "id" })]);
        foreach (var (key, value) in extra)
        {
            document.TryAdd(key, value);
        }

        return _serializer.Serialize(document);
    }

    private static OrderedDictionary<string, object?> Descriptions(SharedApp app, OrderedDictionary<string, object?>? kept)
    {
        var descriptions = kept ?? [];
        var language = PublicCodeImporter.PreferredLanguages.Concat(descriptions.Keys)
            .FirstOrDefault(l => descriptions.TryGetValue(l, out var d) && d is OrderedDictionary<string, object?> entry && !entry.ContainsKey("shortDescription"))
            ?? "id";
        var description = descriptions.TryGetValue(language, out var found) && found is OrderedDictionary<string, object?> existing ? existing : [];
        description["shortDescription"] = app.Summary;
        description["longDescription"] = app.Description;
        description.TryAdd("features", new List<object?> { app.Summary });
        descriptions[language] = description;
        return descriptions;
    }

    private static OrderedDictionary<string, object?> Maintenance(SharedApp app)
    {
        var maintenance = PublicCodeTree.Map([("type", app.MaintenanceType.ToString().ToLowerInvariant())]);
        if (app.Contacts.Count > 0)
        {
            maintenance["contacts"] = app.Contacts.Select(c =>
            {
                var contact = PublicCodeTree.Map([("name", c.Name)]);
                AddIfSet(contact, "email", c.Email);
                AddIfSet(contact, "affiliation", c.Affiliation);
                AddIfSet(contact, "phone", c.Phone);
                return (object?)contact;
            }).ToList();
        }

        return maintenance;
    }

    /// <summary>Platform and category tags; kept verbatim lists win (the importer keeps those it could not make tags of).</summary>
    private static void AddTags(OrderedDictionary<string, object?> document, string key, SharedApp app, TagKind kind, OrderedDictionary<string, object?> extra)
    {
        var tags = app.Tags.Where(t => t.Kind == kind).Select(t => (object?)t.Value).ToList();
        if (Take(extra, key) is { } kept)
        {
            document[key] = kept;
        }
        else if (tags.Count > 0 || kind == TagKind.Platform)
        {
            document[key] = tags.Count > 0 ? tags : ["web"];
        }
    }

    /// <summary>The kept list first (as imported), then the running adopters; a name already listed (any case) is not repeated.</summary>
    private static void AddUsedBy(OrderedDictionary<string, object?> document, object? kept, IEnumerable<string> runningAt)
    {
        var names = new List<object?>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in kept as List<object?> ?? [])
        {
            if (entry is not string name || seen.Add(name.Trim()))
            {
                names.Add(entry);
            }
        }

        foreach (var name in runningAt.Select(n => n.Trim()).Where(n => n.Length > 0).Order(StringComparer.Ordinal))
        {
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        if (names.Count > 0)
        {
            document["usedBy"] = names;
        }
        else if (kept is not null)
        {
            document["usedBy"] = kept;
        }
    }

    private static OrderedDictionary<string, object?> Merge(OrderedDictionary<string, object?> modelled, OrderedDictionary<string, object?>? kept)
    {
        foreach (var (key, value) in kept ?? [])
        {
            modelled.TryAdd(key, value);
        }

        return modelled;
    }

    private static object? Take(OrderedDictionary<string, object?> map, string key) => map.Remove(key, out var value) ? value : null;

    private static OrderedDictionary<string, object?>? TakeMap(OrderedDictionary<string, object?> map, string key) =>
        Take(map, key) as OrderedDictionary<string, object?>;

    private static void AddIfSet(OrderedDictionary<string, object?> map, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            map[key] = value;
        }
    }
}
