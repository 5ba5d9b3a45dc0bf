namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Told by <see cref="AdoptionWorkflow"/> after an adoption was requested or moved and the change is saved, with the
/// recorded event (who, when, from, to, why). Other features react without the workflow knowing them: the statistics
/// forget their cached figures; notifications (to both regions) plug in here. An observer must not throw.
/// </summary>
public interface IAdoptionObserver
{
    Task ChangedAsync(Adoption adoption, AdoptionEvent change, CancellationToken cancellationToken);
}
