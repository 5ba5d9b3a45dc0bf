namespace Marketplace.Web.Features.Capacity;

/// <summary>The capacity check: regions declare their servers; application pages compare them with the application's needs.</summary>
public static class CapacityRegistration
{
    public static WebApplicationBuilder AddCapacity(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<InfrastructureRegistry>();
        return builder;
    }
}
