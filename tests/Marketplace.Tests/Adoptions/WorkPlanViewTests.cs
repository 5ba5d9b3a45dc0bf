using Marketplace.Web.Features.Adoptions;

namespace Marketplace.Tests.Adoptions;

public sealed class WorkPlanViewTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Steps_are_grouped_by_area_in_plan_order_and_by_due_date_within_an_area()
    {
        var plan = WorkPlanView.Of(
        [
            Step(PlanArea.GoLive, "go-live", 50),
            Step(PlanArea.Anggaran, "dpa", 300, order: 4),
            Step(PlanArea.Dukungan, "dukungan", 10),
            Step(PlanArea.Anggaran, "rka", 200, order: 3),
        ], Today);

        Assert.Equal([PlanArea.Dukungan, PlanArea.Anggaran, PlanArea.GoLive], plan.Areas.Select(a => a.Key));
        Assert.Equal(["rka", "dpa"], plan.Areas[1].Select(m => m.Title));
    }

    [Fact]
    public void Progress_counts_done_steps_and_is_100_only_when_all_are_done()
    {
        var steps = Enumerable.Range(0, 3).Select(i => Step(PlanArea.Sdm, $"s{i}", 10 + i)).ToList();
        steps[0].State = MilestoneState.Selesai;
        steps[1].State = MilestoneState.Selesai;

        var plan = WorkPlanView.Of(steps, Today);

        Assert.Equal((2, 3, 66), (plan.Done, plan.Total, plan.Percent));
        steps[2].State = MilestoneState.Selesai;
        Assert.Equal(100, WorkPlanView.Of(steps, Today).Percent);
        Assert.Equal(0, WorkPlanView.Of([], Today).Percent);
    }

    [Fact]
    public void A_step_is_overdue_after_its_due_date_unless_it_is_done()
    {
        var late = Step(PlanArea.Integrasi, "late", -1);
        var dueToday = Step(PlanArea.Integrasi, "today", 0);
        var doneLate = Step(PlanArea.Integrasi, "done", -30);
        doneLate.State = MilestoneState.Selesai;
        var started = Step(PlanArea.Integrasi, "started", -2);
        started.State = MilestoneState.Berjalan;

        var plan = WorkPlanView.Of([late, dueToday, doneLate, started], Today);

        Assert.Equal(2, plan.Overdue);
        Assert.True(plan.IsOverdue(late));
        Assert.True(plan.IsOverdue(started));
        Assert.False(plan.IsOverdue(dueToday));
        Assert.False(plan.IsOverdue(doneLate));
    }

    private static Milestone Step(PlanArea area, string title, int daysFromToday, int order = 0) =>
        new() { Area = area, Title = title, DueDate = Today.AddDays(daysFromToday), Order = order };
}
