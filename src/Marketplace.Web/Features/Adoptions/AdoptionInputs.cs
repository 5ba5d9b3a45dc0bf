using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>A region asks to adopt an application. Bound by the request form and the API alike.</summary>
public sealed class AdoptionRequestInput
{
    [Display(Name = "Field.Reason")]
    public string? Reason { get; set; }

    [Display(Name = "Field.ExpectedUsers")]
    public int? ExpectedUsers { get; set; }
}

/// <summary>A move to another state, with the reason where the move needs one and the version the actor saw.</summary>
public sealed class TransitionInput
{
    public AdoptionState To { get; set; }

    [Display(Name = "Field.DecisionReason")]
    public string? Reason { get; set; }

    /// <summary>The <see cref="Adoption.Version"/> the actor saw; a different current version answers Conflict.</summary>
    public int? Version { get; set; }
}

/// <summary>The whole work plan as the adopting region edits it: milestones (an Id of 0 adds one) and the support agreement.</summary>
public sealed class PlanInput
{
    public List<MilestoneInput> Milestones { get; set; } = [];

    public SupportInput Support { get; set; } = new();

    public int? Version { get; set; }
}

public sealed class MilestoneInput
{
    public int Id { get; set; }

    public PlanArea Area { get; set; }

    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.Detail")]
    public string? Detail { get; set; }

    [Display(Name = "Field.Responsible")]
    public string? Responsible { get; set; }

    [Display(Name = "Field.DueDate")]
    public DateOnly? DueDate { get; set; }

    public MilestoneState State { get; set; }

    /// <summary>Ticked to remove the milestone from the plan.</summary>
    public bool Remove { get; set; }
}

public sealed class SupportInput
{
    [Display(Name = "Field.Maintainer")]
    public SupportParty Maintainer { get; set; } = SupportParty.Pengadopsi;

    [Display(Name = "Field.SupportUntil")]
    public DateOnly? Until { get; set; }

    [Display(Name = "Field.ContactName")]
    public string? ContactName { get; set; }

    [Display(Name = "Field.ContactEmail")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Field.ContactPhone")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Field.Scope")]
    public string? Scope { get; set; }
}
