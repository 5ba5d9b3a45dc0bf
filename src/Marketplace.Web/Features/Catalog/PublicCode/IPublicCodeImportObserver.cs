namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// Told after a publiccode.yml import is saved, with the validation report it passed (its warnings) and who imported it;
/// notifications plug in here. An observer must not throw.
/// </summary>
public interface IPublicCodeImportObserver
{
    Task ImportedAsync(SharedApp app, string userId, ValidationReport report, CancellationToken cancellationToken);
}
