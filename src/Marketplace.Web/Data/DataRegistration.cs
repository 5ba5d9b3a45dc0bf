using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Data;

public static class DataRegistration
{
    public static WebApplicationBuilder AddMarketplaceData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MarketplaceOptions>()
            .Bind(builder.Configuration.GetSection(MarketplaceOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Database.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.Database.ConnectionString),
                "Marketplace:Database:ConnectionString is required when Marketplace:Database:Provider is PostgreSql.")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(MarketplaceOptions.Section).Get<MarketplaceOptions>() ?? new();
        var dataPath = options.ResolveDataPath(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataPath);
        builder.Services.AddSingleton(new DataFolder(dataPath));

        if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddDbContext<MarketplaceDbContext, PostgresMarketplaceDbContext>(db =>
                db.UseNpgsql(options.Database.ConnectionString));
        }
        else
        {
            var connectionString = options.Database.ConnectionString
                ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "marketplace.db"), DefaultTimeout = 30 }.ToString();
            builder.Services.AddDbContext<MarketplaceDbContext, SqliteMarketplaceDbContext>(db => db.UseSqlite(connectionString));
        }

        builder.Services.AddSingleton<DatabaseXmlRepository>();
        builder.Services.AddDataProtection().SetApplicationName("forum-kominfo");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }
}

/// <summary>The resolved, existing data folder of this instance.</summary>
public sealed record DataFolder(string Path)
{
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
