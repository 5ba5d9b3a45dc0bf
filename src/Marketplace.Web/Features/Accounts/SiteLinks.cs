using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// Absolute links for e-mail: from Marketplace:PublicUrl when set, so a forged Host header cannot redirect a reset link;
/// else from the current request; else (mail rendered in the background, with no request) from the server's first
/// listening address, so the demo's notification mail links work without configuration.
/// </summary>
public sealed class SiteLinks(IOptions<MarketplaceOptions> options, IHttpContextAccessor accessor, IServer? server = null)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicUrl;
        if (!string.IsNullOrEmpty(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        if (accessor.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
        }

        return ListeningAddress() + pathAndQuery;
    }

    private string ListeningAddress()
    {
        var address = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("No request or listening address to take the site address from; set Marketplace:PublicUrl.");

        // "http://+:80", "http://*:80", "http://0.0.0.0:80" and "http://[::]:80" listen everywhere; a link needs a name.
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
