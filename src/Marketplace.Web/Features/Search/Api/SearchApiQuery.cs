using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Search.Api;

/// <summary>The search API's query string. Numbers arrive as text so that "page=abc" is named like any other bad value.</summary>
public sealed class SearchApiQuery
{
    [FromQuery(Name = "q")]
    [Description("Words as a person types them; quotes make a phrase. Any text is searched as words, never as query syntax. At most 500 characters.")]
    public string? Q { get; init; }

    [FromQuery(Name = "type")]
    [Description("app, release, thread, post, practice or region.")]
    public string? Type { get; init; }

    [FromQuery(Name = "province")]
    [Description("Province code, for example \"61\": the province and everything in it.")]
    public string? Province { get; init; }

    [FromQuery(Name = "region")]
    [Description("Regency, city or institution code, for example \"61.72\".")]
    public string? Region { get; init; }

    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    [FromQuery(Name = "license")]
    [Description("SPDX expression as published, for example \"MIT\".")]
    public string? License { get; init; }

    [FromQuery(Name = "maturity")]
    [Description("concept, development, beta, stable or obsolete.")]
    public string? Maturity { get; init; }

    [FromQuery(Name = "sort")]
    [Description("relevance (default) or date (newest first); relevansi and terbaru also work.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("From 1 to 500.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("From 1 to 50; 20 by default.")]
    public string? PageSize { get; init; }

    public RawSearchQuery ToRaw() => new(Q, Type, Province, Region, Category, License, Maturity, Sort, Page, PageSize);
}
