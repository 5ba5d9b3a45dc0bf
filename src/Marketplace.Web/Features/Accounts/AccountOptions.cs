using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Accounts;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// E-mail domains allowed to register; each also allows its subdomains ("go.id" allows "kominfo.go.id").
    /// Empty means "go.id" (no default in the initializer: the configuration binder appends to arrays instead of replacing them).
    /// </summary>
    public string[] AllowedEmailDomains { get; set; } = [];

    public IReadOnlyList<string> EffectiveEmailDomains => AllowedEmailDomains.Length > 0 ? AllowedEmailDomains : ["go.id"];

    /// <summary>Attempts allowed per client address and window; beyond them the answer is 429.</summary>
    public RateLimit Login { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    public RateLimit Registration { get; set; } = new() { PermitLimit = 5, WindowSeconds = 600 };

    public RateLimit PasswordReset { get; set; } = new() { PermitLimit = 5, WindowSeconds = 900 };

    /// <summary>Writes of content (adoption requests and moves, plans, reviews, applications), per signed-in user.</summary>
    public RateLimit Posting { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };
}

public sealed class RateLimit
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; }
}
