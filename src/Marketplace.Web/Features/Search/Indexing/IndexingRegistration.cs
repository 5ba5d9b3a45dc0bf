using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>The outbox indexer, its rebuild (also the <c>reindex</c> verb) and the <c>search</c> health check.</summary>
public static class IndexingRegistration
{
    public static WebApplicationBuilder AddSearchIndexing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IndexingOptions>()
            .Bind(builder.Configuration.GetSection(IndexingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<SearchFolderLock>();
        builder.Services.AddSingleton<IndexingSignal>();
        builder.Services.AddSingleton<IndexingWakeInterceptor>();

        // Only the registered provider's context is ever built; configuring both keeps this independent of the choice.
        builder.Services.ConfigureDbContext<SqliteMarketplaceDbContext>((services, db) => db.AddInterceptors(services.GetRequiredService<IndexingWakeInterceptor>()));
        builder.Services.ConfigureDbContext<PostgresMarketplaceDbContext>((services, db) => db.AddInterceptors(services.GetRequiredService<IndexingWakeInterceptor>()));

        builder.Services.AddScoped<SearchOutbox>();
        builder.Services.AddScoped<SearchDocumentSource>();
        builder.Services.AddScoped<IndexRebuilder>();
        builder.Services.AddHostedService<SearchIndexer>();
        builder.Services.AddHealthChecks().AddCheck<SearchHealthCheck>("search");
        return builder;
    }
}
