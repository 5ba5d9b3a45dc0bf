using Marketplace.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Accounts;

internal sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
