using System.ComponentModel;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>
/// A move as the API receives it. Unlike <see cref="TransitionInput"/>, a missing target or version is an error here
/// rather than a default: a script that forgot "to" must not ask for "diajukan", and one that forgot "version" must
/// not overwrite a move someone else just made.
/// </summary>
public sealed class TransitionRequest
{
    [Description("disetujui, perencanaan, berjalan, ditolak or dihentikan.")]
    public AdoptionState? To { get; set; }

    [Description("Why; required to decline or stop.")]
    public string? Reason { get; set; }

    [Description("The version the caller read (GET /api/v1/adoptions/{id}).")]
    public int? Version { get; set; }
}
