using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Accounts;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Demo;

internal sealed class DemoAccounts(RegionDirectory regions, DemoPassword password, IStringLocalizer<AccountsText> text) : IDemoAccounts
{
    public async Task<DemoAccountList?> ListAsync(CancellationToken cancellationToken)
    {
        var all = await regions.GetAsync(cancellationToken);
        return new DemoAccountList(password.Value, DemoRecipe.Accounts
            .Select(a => new DemoAccount(a.Email, text["Role." + a.Role], all.Find(a.Region)?.Name ?? a.Region))
            .ToList());
    }
}
