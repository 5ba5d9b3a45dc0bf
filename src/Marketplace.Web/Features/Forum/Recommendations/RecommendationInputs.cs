using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>A new recommendation or a new version of one: title, Markdown body, and for an edit what changed and the revision the editor saw.</summary>
public sealed class RecommendationInput
{
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.Body")]
    public string? Body { get; set; }

    [Display(Name = "Field.ChangeNote")]
    public string? ChangeNote { get; set; }

    /// <summary>The <see cref="Recommendation.Revision"/> the form was shown with; another one answers 409.</summary>
    public int? Revision { get; set; }
}

/// <summary>A state change from the detail page (submit, endorse, return, withdraw), with its note and the revision the actor saw.</summary>
public sealed class RecommendationMoveInput
{
    [Display(Name = "Field.Note")]
    public string? Note { get; set; }

    public int? Revision { get; set; }
}

/// <summary>A pokja member's verdict on the version they read (<see cref="VersionNumber"/>; a newer current version answers 409).</summary>
public sealed class RecommendationReviewInput
{
    [Display(Name = "Field.Verdict")]
    public ReviewVerdict? Verdict { get; set; }

    [Display(Name = "Field.Comment")]
    public string? Comment { get; set; }

    public int? VersionNumber { get; set; }
}
