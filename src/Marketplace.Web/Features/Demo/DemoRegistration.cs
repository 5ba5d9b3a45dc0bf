using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Demo;

public static class DemoRegistration
{
    /// <summary>With Marketplace:Demo:Enabled (on in Development) the demo recipe seeds sample accounts, the demo catalog's applications, their adoptions, Praktik Baik, forum threads and the sample modules (enabled for Kota Palembang) at start.</summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue<bool>($"{MarketplaceOptions.Section}:Demo:Enabled");
        if (enabled)
        {
            builder.Services.AddSingleton<DemoPassword>();
            builder.Services.AddScoped<IDataSeeder, DemoRecipe>();
            builder.Services.AddScoped<IDataSeeder, DemoCatalog>();
            builder.Services.AddScoped<IDataSeeder, DemoAdoptions>();
            builder.Services.AddScoped<IDataSeeder, DemoBestPractices>();
            builder.Services.AddScoped<IDataSeeder, DemoForum>();
            builder.Services.AddScoped<IDataSeeder, DemoRecommendations>();
            builder.Services.AddScoped<IDataSeeder, DemoModules>();
            builder.Services.AddScoped<IDemoAccounts, DemoAccounts>();
        }
        else
        {
            builder.Services.AddSingleton<IDemoAccounts, NoDemoAccounts>();
        }

        return builder;
    }
}

internal sealed class NoDemoAccounts : IDemoAccounts
{
    public Task<DemoAccountList?> ListAsync(CancellationToken cancellationToken) => Task.FromResult<DemoAccountList?>(null);
}
