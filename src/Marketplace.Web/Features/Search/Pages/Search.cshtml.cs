using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// /cari: one box over everything the index holds, filters with counts, sort and paging. Refused parameters are
/// named on the page and left out of the search; the page answers, whatever was sent.
/// </summary>
public sealed class SearchPageModel(IServiceProvider services, RegionDirectory regions, IStringLocalizer<SearchText> text) : PageModel
{
    public SearchRequest Query { get; private set; } = new();

    /// <summary>What the box shows: the text as typed, even when it was refused (too long).</summary>
    public string Typed { get; private set; } = "";

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Null when there was nothing to search for (no words and no filter).</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>True when the index cannot be opened (the page answers 503 and says so).</summary>
    public bool Unavailable { get; private set; }

    public SearchLabels Labels { get; private set; } = null!;

    public SearchLinks Links { get; private set; } = null!;

    public int PageCount => Results is null ? 0 : Math.Min(SearchQuery.MaxPage, (Results.Total + Query.PageSize - 1) / Query.PageSize);

    public bool ManagesSynonyms => User.IsInRole(Roles.Kurator) || User.IsInRole(Roles.Administrator);

    public bool HasFilters => Query is { Type: not null } or { Province: not null } or { Region: not null } or { Category: not null } or { License: not null } or { Maturity: not null };

    /// <summary>The filters in force, each with the address that removes it.</summary>
    public IReadOnlyList<(string Facet, string Value)> ActiveFilters =>
        new (string Facet, string? Value)[]
        {
            (SearchFacets.Type, Query.Type is { } type ? SearchKeys.Name(type) : null),
            (SearchFacets.Province, Query.Province),
            (SearchFacets.Region, Query.Region),
            (SearchFacets.Category, Query.Category),
            (SearchFacets.License, Query.License),
            (SearchFacets.Maturity, Query.Maturity),
        }.Where(f => f.Value is not null).Select(f => (f.Facet, f.Value!)).ToList();

    public async Task OnGetAsync(
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? province, [FromQuery] string? region,
        [FromQuery] string? category, [FromQuery] string? license, [FromQuery] string? maturity, [FromQuery] string? sort,
        [FromQuery] string? halaman, CancellationToken cancellationToken)
    {
        var directory = await regions.GetAsync(cancellationToken);
        Labels = new SearchLabels(text, directory);
        Typed = q ?? "";

        // The page sets its own page size; a pageSize in the address is not a parameter of the page.
        var parsed = SearchQuery.Parse(new RawSearchQuery(q, type, province, region, category, license, maturity, sort, halaman), directory, out var errors);
        Query = parsed with { Viewer = SearchViewers.For(User), PageSize = SearchQuery.DefaultPageSize };
        Problems = errors.Select(Labels.Problem).ToList();
        Links = new SearchLinks(Query);
        if (Query.Text.Length > 0 || HasFilters)
        {
            Results = SearchIndexes.TrySearch(services, Query);
            Unavailable = Results is null;
            if (Unavailable)
            {
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }
    }
}
