namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// One region's adoption of another region's shared application, from the request to a running deployment.
/// The state changes only through <see cref="AdoptionStateMachine"/>; every change is an <see cref="AdoptionEvent"/>.
/// </summary>
public sealed class Adoption
{
    public int Id { get; set; }

    public int AppId { get; set; }

    public Catalog.SharedApp App { get; set; } = null!;

    /// <summary>The region that owns the application (copied at request time; ownership changes do not move requests).</summary>
    public required string OwnerRegionCode { get; set; }

    public required string AdopterRegionCode { get; set; }

    /// <summary>The adopter's province (the adopter itself when it is a province), for roll-ups and the statistics map.</summary>
    public string? AdopterProvinceCode { get; set; }

    public AdoptionState State { get; set; } = AdoptionState.Diajukan;

    /// <summary>Why the region wants the application, in its own words.</summary>
    public string Reason { get; set; } = "";

    /// <summary>How many people will use it; the capacity check and the plan size servers from it.</summary>
    public int ExpectedUsers { get; set; }

    public required string RequestedById { get; set; }

    public string RequestedByName { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When the owner approved or declined.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When the adoption reached <see cref="AdoptionState.Berjalan"/> (go-live).</summary>
    public DateTimeOffset? RunningSince { get; set; }

    /// <summary>When it was declined or stopped.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who maintains the deployment, until when, and whom to call: agreed between the two regions.</summary>
    public SupportAgreement Support { get; set; } = new();

    /// <summary>Optimistic concurrency: two admins acting at once cannot both move the same request.</summary>
    public int Version { get; set; }

    public List<AdoptionEvent> Events { get; set; } = [];

    public List<Milestone> Milestones { get; set; } = [];

    public bool IsOpen => AdoptionStateMachine.IsOpen(State);
}

/// <summary>The life of an adoption. Names are the platform's words; <see cref="AdoptionStateMachine"/> holds the allowed moves.</summary>
public enum AdoptionState
{
    /// <summary>Requested, waiting for the owner region.</summary>
    Diajukan,

    /// <summary>Approved by the owner; the work plan exists.</summary>
    Disetujui,

    /// <summary>The adopter works through the plan.</summary>
    Perencanaan,

    /// <summary>Running in production at the adopter.</summary>
    Berjalan,

    /// <summary>Declined by the owner (final).</summary>
    Ditolak,

    /// <summary>Withdrawn or stopped by either region (final).</summary>
    Dihentikan,
}

public enum SupportParty
{
    /// <summary>The owner region maintains the application for the adopter.</summary>
    Pemilik,

    /// <summary>The adopter maintains its own deployment.</summary>
    Pengadopsi,

    /// <summary>Both, with the split written in <see cref="SupportAgreement.Scope"/>.</summary>
    Bersama,
}

/// <summary>The support agreement between the two regions, part of the work plan.</summary>
public sealed class SupportAgreement
{
    public SupportParty Maintainer { get; set; } = SupportParty.Pengadopsi;

    public DateOnly? Until { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>What the support covers (bug fixes, upgrades, help desk hours).</summary>
    public string? Scope { get; set; }
}

/// <summary>One recorded change of state: who, when, why.</summary>
public sealed class AdoptionEvent
{
    public int Id { get; set; }

    public int AdoptionId { get; set; }

    /// <summary>Null for the request itself.</summary>
    public AdoptionState? From { get; set; }

    public AdoptionState To { get; set; }

    public required string ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string? ActorRegionCode { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The areas of the standard SPBE work plan, in the order a deployment goes through them.</summary>
public enum PlanArea
{
    Dukungan,
    Infrastruktur,
    Sdm,
    Anggaran,
    MigrasiData,
    Integrasi,
    GoLive,
    SerahTerima,
}

public enum MilestoneState
{
    Belum,
    Berjalan,
    Selesai,
}

/// <summary>One step of the work plan: what, who is responsible, by when, and how far it is.</summary>
public sealed class Milestone
{
    public int Id { get; set; }

    public int AdoptionId { get; set; }

    public PlanArea Area { get; set; }

    public string Title { get; set; } = "";

    /// <summary>What the step involves (Markdown is not rendered here: plain text, kept short).</summary>
    public string Detail { get; set; } = "";

    /// <summary>The person or unit responsible, for example "Bidang Persandian Diskominfo".</summary>
    public string Responsible { get; set; } = "";

    public DateOnly DueDate { get; set; }

    public MilestoneState State { get; set; } = MilestoneState.Belum;

    public DateTimeOffset? CompletedAt { get; set; }

    public int Order { get; set; }

    public bool IsOverdue(DateOnly today) => State != MilestoneState.Selesai && DueDate < today;
}
