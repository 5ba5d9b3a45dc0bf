using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Accounts;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>E-mail domains allowed to register; each also allows its subdomains ("go.id" allows "kominfo.go.id").</summary>
    [MinLength(1)]
    public string[] AllowedEmailDomains { get; set; } = ["go.id"];
}
