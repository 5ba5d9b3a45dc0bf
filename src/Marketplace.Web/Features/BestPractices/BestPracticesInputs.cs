using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.BestPractices;

/// <summary>An article as the Kurator's form sends it.</summary>
public sealed class ArticleInput
{
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.Summary")]
    public string? Summary { get; set; }

    [Display(Name = "Field.Body")]
    public string? Body { get; set; }

    /// <summary>Application addresses, separated by commas, spaces or lines.</summary>
    [Display(Name = "Field.AppSlugs")]
    public string? AppSlugs { get; set; }

    /// <summary>Kemendagri region codes, separated by commas, spaces or lines.</summary>
    [Display(Name = "Field.RegionCodes")]
    public string? RegionCodes { get; set; }

    [Display(Name = "Field.Publish")]
    public bool Publish { get; set; }

    [Display(Name = "Field.Featured")]
    public bool Featured { get; set; }
}

/// <summary>A Kurator's decision about one application.</summary>
public sealed class CurationInput
{
    [Display(Name = "Field.State")]
    public CurationState? State { get; set; }

    [Display(Name = "Field.Criteria")]
    public List<string> Criteria { get; set; } = [];

    [Display(Name = "Field.NextReviewOn")]
    public DateOnly? NextReviewOn { get; set; }

    [Display(Name = "Field.Note")]
    public string? Note { get; set; }
}
