namespace Marketplace.Web.Features.Catalog;

public enum CatalogSort
{
    Newest,
    Name,
    MostAdopted,
}

/// <summary>What a visitor asks of the catalog. Values are checked by <see cref="Parse"/>; unknown ones are reported, never guessed.</summary>
public sealed record CatalogFilter
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public string? Query { get; init; }

    public string? Province { get; init; }

    public string? Region { get; init; }

    public SpbeClass? Class { get; init; }

    public string? Category { get; init; }

    public string? License { get; init; }

    public Maturity? Maturity { get; init; }

    public string? Technology { get; init; }

    public CatalogSort Sort { get; init; } = CatalogSort.Newest;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// Reads the raw query values (as the page and the API receive them). Each value it cannot use is named in
    /// <paramref name="errors"/> (parameter name → the value), and the filter leaves it out.
    /// </summary>
    public static CatalogFilter Parse(RawCatalogQuery raw, out Dictionary<string, string> errors)
    {
        errors = [];
        var filter = new CatalogFilter
        {
            Query = Clean(raw.Q, 200),
            Province = Clean(raw.Province, 16),
            Region = Clean(raw.Region, 16),
            Category = Clean(raw.Category, 100)?.ToLowerInvariant(),
            License = Clean(raw.License, 200),
            Technology = Clean(raw.Technology, 100)?.ToLowerInvariant(),
        };

        if (Clean(raw.Class, 16) is { } spbe)
        {
            filter = Enum.TryParse<SpbeClass>(spbe, ignoreCase: true, out var value) && !int.TryParse(spbe, out _) ? filter with { Class = value } : Invalid(filter, errors, "class", spbe);
        }

        if (Clean(raw.Maturity, 16) is { } maturity)
        {
            filter = Enum.TryParse<Maturity>(maturity, ignoreCase: true, out var value) && !int.TryParse(maturity, out _) ? filter with { Maturity = value } : Invalid(filter, errors, "maturity", maturity);
        }

        if (Clean(raw.Sort, 16) is { } sort)
        {
            filter = sort.ToLowerInvariant() switch
            {
                "newest" or "terbaru" => filter with { Sort = CatalogSort.Newest },
                "name" or "nama" => filter with { Sort = CatalogSort.Name },
                "adopted" or "adopsi" => filter with { Sort = CatalogSort.MostAdopted },
                _ => Invalid(filter, errors, "sort", sort),
            };
        }

        if (raw.Page is { } page)
        {
            filter = page is >= 1 and <= 100_000 ? filter with { Page = page } : Invalid(filter, errors, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (raw.PageSize is { } size)
        {
            filter = size is >= 1 and <= MaxPageSize ? filter with { PageSize = size } : Invalid(filter, errors, "pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return filter;
    }

    private static CatalogFilter Invalid(CatalogFilter filter, Dictionary<string, string> errors, string name, string value)
    {
        errors[name] = value;
        return filter;
    }

    private static string? Clean(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed;
    }
}

/// <summary>The catalog's query string as received, before checking.</summary>
public sealed record RawCatalogQuery(
    string? Q = null, string? Province = null, string? Region = null, string? Class = null, string? Category = null,
    string? License = null, string? Maturity = null, string? Technology = null, string? Sort = null, int? Page = null, int? PageSize = null);
