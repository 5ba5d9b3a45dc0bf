using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Demo;

internal sealed class DemoAccounts(MarketplaceDbContext db, DemoPassword password, IStringLocalizer<AccountsText> text) : IDemoAccounts
{
    public async Task<DemoAccountList?> ListAsync(CancellationToken cancellationToken)
    {
        var codes = DemoRecipe.Accounts.Select(a => a.Region).Distinct().ToList();
        var names = await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, cancellationToken);
        return new DemoAccountList(password.Value, DemoRecipe.Accounts
            .Select(a => new DemoAccount(a.Email, text["Role." + a.Role], names.GetValueOrDefault(a.Region, a.Region)))
            .ToList());
    }
}
