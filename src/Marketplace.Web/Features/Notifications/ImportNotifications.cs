using System.Globalization;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// A publiccode.yml import as a notification to the member who imported it: the counts of errors and warnings of the
/// validation report, its first warnings as the excerpt, and a link to the application. The importer is the recipient,
/// so no actor is named (the service never tells people of their own acts). Own scope, never throws.
/// </summary>
internal sealed class ImportNotifications(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportNotifications> logger) : IPublicCodeImportObserver
{
    private const int WarningsQuoted = 3;

    public async Task ImportedAsync(SharedApp app, string userId, ValidationReport report, CancellationToken cancellationToken)
    {
        try
        {
            var excerpt = report.Warnings.Count == 0 ? null
                : string.Join("; ", report.Warnings.Take(WarningsQuoted).Select(w => w.Line > 0 ? $"{w.Line}: {w.Message}" : w.Message));
            var draft = new NotificationDraft(NotificationKind.Import, "Import.Report",
                [app.Name, report.Errors.Count.ToString(CultureInfo.InvariantCulture), report.Warnings.Count.ToString(CultureInfo.InvariantCulture)],
                $"/katalog/{app.Slug}", $"import:{app.Id}:{clock.GetUtcNow().UtcTicks}", Excerpt: excerpt);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync([userId], draft, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the import is saved, its notification is lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying {UserId} about the import of {Slug} failed.", userId, app.Slug);
        }
    }
}
