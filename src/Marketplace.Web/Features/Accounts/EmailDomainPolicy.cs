using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Decides whether an e-mail address may register: only government domains (configurable).</summary>
public sealed class EmailDomainPolicy(IOptions<AccountOptions> options)
{
    public bool IsAllowed(string? email) => IsAllowed(email, options.Value.EffectiveEmailDomains);

    internal static bool IsAllowed(string? email, IEnumerable<string> allowedDomains)
    {
        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim())
        {
            return false;
        }

        var host = address.Host.TrimEnd('.').ToLowerInvariant();
        return allowedDomains
            .Select(d => d.Trim().TrimStart('.').ToLowerInvariant())
            .Where(d => d.Length > 0)
            .Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }
}
