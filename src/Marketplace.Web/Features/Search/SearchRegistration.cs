using Marketplace.Web.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search;

public static class SearchRegistration
{
    /// <summary>The index folder under the data path.</summary>
    public const string FolderName = "search";

    /// <summary>
    /// Registers the one <see cref="LuceneSearchIndex"/> of this process (Lucene allows one writer per folder) over
    /// <c>&lt;DataPath&gt;/search</c>. It opens on first use; a locked or corrupt folder throws <see cref="SearchIndexException"/>.
    /// </summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SearchOptions>()
            .Bind(builder.Configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new LuceneSearchIndex(
            services.GetRequiredService<DataFolder>().Combine(FolderName),
            services.GetRequiredService<IOptions<SearchOptions>>()));
        builder.Services.AddSingleton<ISearchIndex>(services => services.GetRequiredService<LuceneSearchIndex>());
        return builder;
    }
}
