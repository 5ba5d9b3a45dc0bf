using System.Security.Claims;

namespace Marketplace.Web.Features.Localization;

/// <summary>Remembers a signed-in user's language choice beyond the cookie, for what reaches them outside the site (mail).</summary>
public interface ILanguagePreference
{
    Task RememberAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken);
}
