using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>Kemenkominfo curates: only a Kurator writes articles and marks applications; everyone reads what is published.</summary>
public static class BestPracticePermissions
{
    public static bool CanWrite(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Kurator);
}
