using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Absolute links for e-mail: from Marketplace:PublicUrl when set, so a forged Host header cannot redirect a reset link.</summary>
public sealed class SiteLinks(IOptions<MarketplaceOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicUrl;
        if (!string.IsNullOrEmpty(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the site address from; set Marketplace:PublicUrl.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
