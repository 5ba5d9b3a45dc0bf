using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Reviews;

/// <summary>A review as the adopting region writes it.</summary>
public sealed class ReviewInput
{
    [Display(Name = "Field.Rating")]
    public int? Rating { get; set; }

    [Display(Name = "Field.Body")]
    public string? Body { get; set; }
}

/// <summary>The owner region's answer to a review.</summary>
public sealed class ReplyInput
{
    [Display(Name = "Field.Reply")]
    public string? Reply { get; set; }
}
