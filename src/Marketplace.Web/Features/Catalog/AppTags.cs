using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Catalog;

/// <summary>How an application's filterable values become <see cref="AppTag"/> rows, for the editor and the seeders alike.</summary>
public static class AppTags
{
    /// <summary>One lower-case row per distinct category, language, database and platform.</summary>
    public static List<AppTag> From(IEnumerable<string> categories, IEnumerable<string> languages, string? database, IEnumerable<string> platforms)
    {
        var technology = languages.Append(database ?? "").Where(v => v.Length > 0).Select(t => (TagKind.Technology, t));
        return categories.Select(c => (TagKind.Category, c)).Concat(technology).Concat(platforms.Select(p => (TagKind.Platform, p)))
            .Select(t => (t.Item1, Value: t.Item2.ToLowerInvariant()))
            .Distinct()
            .Select(t => new AppTag { Kind = t.Item1, Value = t.Value })
            .ToList();
    }

    /// <summary>The province an application's owner belongs to: the owner itself when it is a province; none for national institutions.</summary>
    public static string? ProvinceOf(RegionInfo owner) => owner.Kind == RegionKind.Province ? owner.Code : owner.ParentCode;
}
