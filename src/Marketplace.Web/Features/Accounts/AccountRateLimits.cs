using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// Limits form submissions (not page views) on login, registration and password reset, per client address.
/// A rejected request answers 429 with Retry-After; the status page explains it in the user's language.
/// </summary>
internal static class AccountRateLimits
{
    public const string Login = "login";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Login, c => Partition(c, a => a.Login));
            o.AddPolicy(Registration, c => Partition(c, a => a.Registration));
            o.AddPolicy(PasswordReset, c => Partition(c, a => a.PasswordReset));
        });

    private static RateLimitPartition<string> Partition(HttpContext context, Func<AccountOptions, RateLimit> select)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = select(context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
