using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Catalog.Api;

/// <summary>The list's query string. Numbers arrive as text so that "page=abc" is reported by name like any other bad value.</summary>
public sealed class AppListQuery
{
    [FromQuery(Name = "q")]
    [Description("Words in the name or summary.")]
    public string? Q { get; init; }

    [FromQuery(Name = "province")]
    [Description("Province code of the owner, for example \"61\".")]
    public string? Province { get; init; }

    [FromQuery(Name = "region")]
    [Description("Owner region code, for example \"61.72\".")]
    public string? Region { get; init; }

    [FromQuery(Name = "class")]
    [Description("umum or khusus.")]
    public string? Class { get; init; }

    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    [FromQuery(Name = "license")]
    [Description("SPDX expression as published, for example \"MIT\".")]
    public string? License { get; init; }

    [FromQuery(Name = "maturity")]
    [Description("concept, development, beta, stable or obsolete.")]
    public string? Maturity { get; init; }

    [FromQuery(Name = "technology")]
    [Description("A language or database, for example \"php\".")]
    public string? Technology { get; init; }

    [FromQuery(Name = "sort")]
    [Description("newest (default), name or adopted.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("From 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("From 1 to 100; 20 by default.")]
    public string? PageSize { get; init; }

    /// <summary>The checked filter; <paramref name="errors"/> names each parameter whose value cannot be used.</summary>
    public CatalogFilter ToFilter(out Dictionary<string, string> errors)
    {
        var numbers = new Dictionary<string, string>();
        var raw = new RawCatalogQuery(Q, Province, Region, Class, Category, License, Maturity, Technology, Sort,
            Number("page", Page, numbers), Number("pageSize", PageSize, numbers));
        var filter = CatalogFilter.Parse(raw, out errors);
        foreach (var (name, value) in numbers)
        {
            errors[name] = value;
        }

        return filter;
    }

    private static int? Number(string name, string? value, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[name] = value;
        return null;
    }
}
