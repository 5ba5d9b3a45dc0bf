using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// The outbox in figures: <c>pending</c>, <c>failed</c> and the age of the oldest pending message. Failed messages, or a
/// message waiting longer than a quarter of an hour (the SMTP server is down), make it Degraded: still 200, the site
/// serves everything, mail is late and an administrator should look at /admin/surat.
/// </summary>
internal sealed class MailHealthCheck(OutboxAdministration outbox, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(15);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var summary = await outbox.SummaryAsync(cancellationToken);
            var age = summary.OldestPending is { } oldest ? Math.Max(0, (long)(clock.GetUtcNow() - oldest).TotalSeconds) : 0;
            var data = new Dictionary<string, object>
            {
                ["pending"] = summary.Pending,
                ["failed"] = summary.Failed,
                ["oldestPendingSeconds"] = age,
                ["sender"] = summary.Sender ?? "",
            };
            if (summary.Failed > 0)
            {
                return HealthCheckResult.Degraded($"{summary.Failed} message(s) failed and wait for an administrator", data: data);
            }

            return age > LateAfter.TotalSeconds
                ? HealthCheckResult.Degraded($"the oldest message has waited {age} s", data: data)
                : HealthCheckResult.Healthy(data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database check reports the outage itself.
            return HealthCheckResult.Degraded("mail outbox unknown: database unreachable", e);
        }
    }
}
