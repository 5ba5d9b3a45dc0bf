using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Plugins;

public static class PluginsRegistration
{
    public static WebApplicationBuilder AddPlugins(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PluginOptions>().Bind(builder.Configuration.GetSection(PluginOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PackageInspector>();
        builder.Services.AddSingleton<PackageFiles>();
        builder.Services.AddSingleton<ModuleHostServices>();
        builder.Services.AddSingleton<ModuleLoader>();
        builder.Services.AddSingleton<ModuleRuntime>();
        builder.Services.AddScoped<PluginPackages>();
        builder.Services.AddScoped<RegionModules>();
        builder.Services.AddScoped<ModuleDashboard>();
        return builder;
    }

    /// <summary>The pages map themselves (Razor Pages); the read API lists the approved modules a region may enable.</summary>
    public static WebApplication MapPlugins(this WebApplication app)
    {
        app.MapGet("/api/v1/modules", async (Data.MarketplaceDbContext db, CancellationToken cancellationToken) =>
            TypedResults.Ok(await db.Set<PluginPackage>().AsNoTracking().Where(p => p.State == PackageState.Approved)
                .Join(db.Apps.AsNoTracking(), p => p.AppId, a => a.Id, (p, a) => new ModuleSummary(p.ModuleId, p.Name, p.Version, a.Slug, p.Permissions))
                .ToListAsync(cancellationToken)))
            .WithName("ListModules")
            .WithSummary("Approved application modules: id, name, version, the application's slug and the permissions asked for.")
            .WithTags("Modules");
        return app;
    }

    public sealed record ModuleSummary(string Id, string Name, string Version, string App, IReadOnlyList<string> Permissions);
}
