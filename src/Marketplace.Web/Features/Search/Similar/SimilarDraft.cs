using System.ComponentModel;
using System.Globalization;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Search;

/// <summary>An application being described, not saved: what POST /api/v1/apps/similar takes and the publish form checks.</summary>
public sealed record SimilarDraft(
    [property: Description("At most 200 characters.")] string? Name,
    [property: Description("At most 150 characters.")] string? Summary,
    [property: Description("Markdown, at most 20,000 characters.")] string? Description)
{
    public const int NameMax = 200;
    public const int SummaryMax = AppRules.SummaryMax;
    public const int DescriptionMax = AppRules.DescriptionMax;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(Description);

    /// <summary>Each field longer than the publish form accepts, named as the JSON body names it, with its limit.</summary>
    public IReadOnlyDictionary<string, int> TooLong() =>
        new Dictionary<string, int> { ["name"] = NameMax, ["summary"] = SummaryMax, ["description"] = DescriptionMax }
            .Where(f => Field(f.Key).Length > f.Value)
            .ToDictionary(f => f.Key, f => f.Value);

    /// <summary>The request to the index; over-long fields are cut (the form refuses them when saving, not when checking).</summary>
    public SimilarAppsRequest ToRequest(SearchViewer viewer, int max = SimilarAppsService.DefaultMax) => new()
    {
        Name = Cut(Name, NameMax),
        Summary = Cut(Summary, SummaryMax),
        Description = Cut(Description, DescriptionMax),
        Max = max,
        Viewer = viewer,
    };

    /// <summary>An existing application as the index compares it, left out of its own list.</summary>
    public static SimilarAppsRequest For(SharedApp app, SearchViewer viewer, int max = SimilarAppsService.DefaultMax) => new()
    {
        Name = app.Name,
        Summary = app.Summary,
        Description = app.Description,
        ExcludeAppId = app.Id.ToString(CultureInfo.InvariantCulture),
        Max = max,
        Viewer = viewer,
    };

    private string Field(string name) => name switch
    {
        "name" => Name ?? "",
        "summary" => Summary ?? "",
        _ => Description ?? "",
    };

    private static string Cut(string? text, int max) => text is null ? "" : text.Length > max ? text[..max] : text;
}
