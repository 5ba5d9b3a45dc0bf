using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search;

/// <summary>The <c>Search:SimilarApps</c> configuration section: how often a draft may be compared with the catalog.</summary>
public sealed class SimilarAppsOptions
{
    public const string Section = "Search:SimilarApps";

    /// <summary>Draft checks per account (or, for visitors, per client address) and window; beyond them 429.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The rate limit of POST /api/v1/apps/similar. Its own budget, not Accounts:Posting: the publish form's script asks as
/// the user types, and that must never use up the budget for saving the application itself.
/// </summary>
internal static class SimilarAppsLimits
{
    public const string Policy = "similar-apps";

    public static IServiceCollection AddSimilarAppsLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(Policy, context =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<SimilarAppsOptions>>().Value;
            var client = context.User.UserId() is { } user ? "user:" + user : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            });
        }));
}
