namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The work plan as people read it: milestones grouped by area in the order a deployment goes through them, each area by
/// due date, with the progress (done of total) and what is overdue. Shared by the adoption page and its printout.
/// </summary>
public sealed class WorkPlanView
{
    private WorkPlanView(IReadOnlyList<IGrouping<PlanArea, Milestone>> areas, DateOnly today)
    {
        Areas = areas;
        Today = today;
        Total = areas.Sum(a => a.Count());
        Done = areas.Sum(a => a.Count(m => m.State == MilestoneState.Selesai));
        Overdue = areas.Sum(a => a.Count(m => m.IsOverdue(today)));
    }

    public IReadOnlyList<IGrouping<PlanArea, Milestone>> Areas { get; }

    public DateOnly Today { get; }

    public int Total { get; }

    public int Done { get; }

    public int Overdue { get; }

    /// <summary>Whole percent done, rounded down so that a plan is 100% only when every step is done.</summary>
    public int Percent => Total == 0 ? 0 : Done * 100 / Total;

    public bool IsOverdue(Milestone milestone) => milestone.IsOverdue(Today);

    public static WorkPlanView Of(IEnumerable<Milestone> milestones, DateOnly today) =>
        new(milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Order).GroupBy(m => m.Area).OrderBy(g => g.Key).ToList(), today);
}
