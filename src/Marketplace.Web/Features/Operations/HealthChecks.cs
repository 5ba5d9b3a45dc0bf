using System.Text.Json;
using Marketplace.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Web.Features.Operations;

internal sealed class DatabaseHealthCheck(MarketplaceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}

internal sealed class DataFolderHealthCheck(DataFolder folder) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = folder.Combine($".health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("data folder not writable", e);
        }
    }
}

internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => Entry(e.Value)),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web);
    }

    // A check's figures (the search lag) go under "data"; checks without figures keep the shape they always had.
    private static Dictionary<string, object?> Entry(HealthReportEntry entry)
    {
        var json = new Dictionary<string, object?> { ["status"] = entry.Status.ToString(), ["description"] = entry.Description };
        if (entry.Data.Count > 0)
        {
            json["data"] = entry.Data;
        }

        return json;
    }
}
