using Marketplace.Testing;
using Marketplace.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Support;

public static class HostDatabase
{
    /// <summary>Runs <paramref name="query"/> on the host's own DbContext, in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this MarketplaceHost host, Func<MarketplaceDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }
}
