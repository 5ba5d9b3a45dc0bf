using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Capacity;

/// <summary>The link from a region's page to its infrastructure, shown only to those who may read it.</summary>
public sealed class InfrastructureLinkViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(string code) =>
        CapacityPermissions.CanView(UserClaimsPrincipal, code)
            ? View("/Features/Capacity/_InfrastructureLink.cshtml", code)
            : Content("");
}
