using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>A member's flag on a post: a reason, and a note that "Lainnya" requires.</summary>
public sealed class FlagInput
{
    [Display(Name = "Field.FlagReason")]
    public FlagReason? Reason { get; set; }

    [Display(Name = "Field.FlagNote")]
    public string? Note { get; set; }
}

/// <summary>A moderator's reason for hiding a post (shown in place of the post) or for a suspension.</summary>
public sealed class ReasonInput
{
    [Display(Name = "Field.Reason")]
    public string? Reason { get; set; }
}

/// <summary>Suspending a member: for how many days and why (the member reads the reason).</summary>
public sealed class SuspendInput
{
    [Display(Name = "Field.Days")]
    public int? Days { get; set; }

    [Display(Name = "Field.Reason")]
    public string? Reason { get; set; }
}
