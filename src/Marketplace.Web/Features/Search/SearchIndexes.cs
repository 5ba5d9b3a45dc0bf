namespace Marketplace.Web.Features.Search;

/// <summary>
/// The index as the pages and the API reach it. It opens on first use, so it is resolved at the call rather than
/// injected: a locked or corrupt index folder then costs a search its answer (503, and /health says why), not the
/// pages around it.
/// </summary>
public static class SearchIndexes
{
    /// <summary>The results, or null when the index cannot be opened.</summary>
    public static SearchResults? TrySearch(IServiceProvider services, SearchRequest request)
    {
        try
        {
            return services.GetRequiredService<ISearchIndex>().Search(request);
        }
        catch (SearchIndexException)
        {
            return null;
        }
    }

    /// <summary>The applications like the one described, or null when the index cannot be opened.</summary>
    public static IReadOnlyList<SimilarApp>? TryFindSimilarApps(IServiceProvider services, SimilarAppsRequest request)
    {
        try
        {
            return services.GetRequiredService<ISearchIndex>().FindSimilarApps(request);
        }
        catch (SearchIndexException)
        {
            return null;
        }
    }
}
