using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// Limits form submissions (not page views) on login, registration and password reset, per client address, and writes
/// of content (posting) per signed-in user. A rejected request answers 429 with Retry-After; the status page explains it
/// in the user's language, the API answers problem+json.
/// </summary>
internal static class AccountRateLimits
{
    public const string Login = "login";
    public const string Registration = "registration";
    public const string PasswordReset = "password-reset";
    public const string Posting = "posting";

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
            o.AddPolicy(Posting, c => Partition(c, a => a.Posting, byUser: true));
        });

    private static RateLimitPartition<string> Partition(HttpContext context, Func<AccountOptions, RateLimit> select, bool byUser = false)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limit = select(context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value);
        // Posting counts per account, so colleagues behind one government NAT do not share a budget.
        var user = byUser ? context.User.UserId() : null;
        var client = user is not null ? "user:" + user : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
