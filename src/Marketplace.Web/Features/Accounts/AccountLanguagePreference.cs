using System.Security.Claims;
using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Mail follows the language the user last chose on the site.</summary>
internal sealed class AccountLanguagePreference(UserManager<ApplicationUser> users) : ILanguagePreference
{
    public async Task RememberAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated == true && await users.GetUserAsync(user) is { } account && account.PreferredCulture != culture)
        {
            account.PreferredCulture = culture;
            await users.UpdateAsync(account);
        }
    }
}
