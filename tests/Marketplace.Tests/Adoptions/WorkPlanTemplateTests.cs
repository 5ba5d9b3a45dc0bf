using System.Globalization;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Adoptions;

public sealed class WorkPlanTemplateTests
{
    [Theory]
    [InlineData(5000, 1200, 1)]
    [InlineData(5000, 5000, 1)]
    [InlineData(5000, 5001, 2)]
    [InlineData(5000, 12000, 3)]
    [InlineData(1, 1, 1)]
    [InlineData(300, 0, 1)]
    [InlineData(100, 10_000_000, 100_000)]
    public void Servers_are_counted_from_the_expected_users(int usersPerServer, int users, int servers) =>
        Assert.Equal(servers, WorkPlanTemplate.ServersNeeded(new InfrastructureNeeds { UsersPerServer = usersPerServer }, users));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Without_a_declared_size_there_is_no_server_count(int? usersPerServer) =>
        Assert.Null(WorkPlanTemplate.ServersNeeded(new InfrastructureNeeds { UsersPerServer = usersPerServer }, 1000));

    [Theory]
    [InlineData("2026-01-02", "2026-09-30", 2027)]
    [InlineData("2026-08-31", "2026-09-30", 2027)]
    [InlineData("2026-09-01", "2027-09-30", 2028)]
    [InlineData("2026-12-31", "2027-09-30", 2028)]
    public void The_budget_follows_the_RKA_DPA_cycle(string approved, string rkaDue, int budgetYear)
    {
        var (due, year) = WorkPlanTemplate.BudgetCycle(DateOnly.Parse(approved, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(rkaDue, System.Globalization.CultureInfo.InvariantCulture), due);
        Assert.Equal(budgetYear, year);
    }

    [Fact]
    public void The_plan_covers_every_area_in_order_with_sized_servers_and_budget_dates()
    {
        var approved = new DateOnly(2026, 10, 5);

        var plan = WorkPlanTemplate.Generate(App(new InfrastructureNeeds { CpuCores = 4, RamGb = 8, UsersPerServer = 5000 }), 12000, approved, "Kota Palembang", "Kota Singkawang");

        Assert.Equal(Enum.GetValues<PlanArea>(), plan.Select(m => m.Area).Distinct());
        Assert.Equal(Enumerable.Range(0, plan.Count), plan.Select(m => m.Order));
        Assert.All(plan, m => Assert.True(m.DueDate >= approved, $"{m.Title} is due {m.DueDate}"));
        Assert.All(plan, m => Assert.Equal(MilestoneState.Belum, m.State));
        Assert.All(plan, m => Assert.False(string.IsNullOrWhiteSpace(m.Responsible)));
        Assert.All(plan, m => Assert.True(m.Title.Length <= AdoptionRules.TitleMax && m.Detail.Length <= AdoptionRules.DetailMax));
        Assert.Contains(plan, m => m.Title == "Siapkan 3 server (4 core CPU, 8 GB RAM) dan jaringan");
        var budget = plan.Where(m => m.Area == PlanArea.Anggaran).ToList();
        Assert.Equal(new DateOnly(2027, 9, 30), budget[0].DueDate);
        Assert.Equal("Usulkan biaya operasional dalam RKA-SKPD TA 2028", budget[0].Title);
        Assert.Equal(new DateOnly(2028, 1, 31), budget[1].DueDate);
        Assert.Contains("Kota Palembang dan Kota Singkawang", plan[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_without_declared_needs_gets_a_step_to_find_them_out()
    {
        var plan = WorkPlanTemplate.Generate(App(new InfrastructureNeeds()), 50, new DateOnly(2026, 2, 1), "Kota Palembang", "Kota Singkawang");

        var infrastructure = Assert.Single(plan, m => m.Area == PlanArea.Infrastruktur);
        Assert.Equal("Tentukan dan siapkan server serta jaringan", infrastructure.Title);
        Assert.Contains("tanyakan kepada Kota Palembang", infrastructure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_writes_numbers_the_Indonesian_way_whatever_the_approvers_language()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var plan = WorkPlanTemplate.Generate(App(new InfrastructureNeeds { RamGb = 8, UsersPerServer = 5000 }), 12000, new DateOnly(2026, 2, 1), "Kota Palembang", "Kota Singkawang");

            Assert.StartsWith("Untuk 12.000 pengguna.", Assert.Single(plan, m => m.Area == PlanArea.Infrastruktur).Detail, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static SharedApp App(InfrastructureNeeds needs) => new()
    {
        Slug = "parkir",
        Name = "Parkir",
        OwnerRegionCode = "16.71",
        Requirements = needs,
        Languages = ["PHP"],
        DatabaseTech = "PostgreSQL",
    };
}
