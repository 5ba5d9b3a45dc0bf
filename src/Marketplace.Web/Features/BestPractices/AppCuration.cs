using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>
/// The Kurator's last review of an application: which of the fixed <see cref="CurationCriteria"/> it met, who decided
/// and when it is looked at again. <see cref="SharedApp.Curation"/> carries the same state for the catalog's filter and badge;
/// both are saved together.
/// </summary>
public sealed class AppCuration
{
    /// <summary>The application's id: one curation per application.</summary>
    public int AppId { get; set; }

    public CurationState State { get; set; }

    /// <summary>Names of <see cref="CurationCriterion"/> values met, in the list's order.</summary>
    public List<string> CriteriaMet { get; set; } = [];

    public DateTimeOffset ReviewedAt { get; set; }

    public DateOnly NextReviewOn { get; set; }

    public required string ReviewerName { get; set; }

    public string? Note { get; set; }
}
