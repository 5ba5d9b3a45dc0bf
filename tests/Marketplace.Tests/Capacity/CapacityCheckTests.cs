using Marketplace.Web.Features.Capacity;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Capacity;

public sealed class CapacityCheckTests
{
    // 4 cores, 8 GB RAM, 100 GB storage per server, 1000 users per server.
    private static readonly InfrastructureNeeds Needs = new() { CpuCores = 4, RamGb = 8, StorageGb = 100, UsersPerServer = 1000 };

    [Fact]
    public void Two_free_servers_are_enough_for_two_thousand_users()
    {
        var report = CapacityCheck.Evaluate(Needs, 2000, Own(Server(8, 16, 500), Server(4, 8, 100)));

        Assert.Equal(CapacityVerdict.Cukup, report.Verdict);
        Assert.Equal(2, report.ServersNeeded);
        Assert.Equal(3, report.Available);
        Assert.Equal(0, report.Gap);
        Assert.Equal(new ServerSpec(4, 8, 100), report.PerServer);
    }

    [Fact]
    public void One_server_for_two_needed_is_short_by_one()
    {
        var report = CapacityCheck.Evaluate(Needs, 1500, Own(Server(4, 8, 200)));

        Assert.Equal(CapacityVerdict.Kurang, report.Verdict);
        Assert.Equal(2, report.ServersNeeded);
        Assert.Equal(1, report.Available);
        Assert.Equal(1, report.Gap);
    }

    [Fact]
    public void A_big_server_hosts_several_instances_limited_by_its_scarcest_resource()
    {
        // 32 cores → 8 instances, 64 GB → 8, 450 GB → 4: storage decides.
        var big = Server(32, 64, 450);

        Assert.Equal(4, CapacityCheck.InstancesOn(big, new ServerSpec(4, 8, 100)));
        var report = CapacityCheck.Evaluate(Needs, 4000, Own(big));
        Assert.Equal(CapacityVerdict.Cukup, report.Verdict);
        Assert.Equal(4, report.Available);
    }

    [Fact]
    public void Only_free_capacity_counts_and_what_runs_already_is_subtracted()
    {
        // 16 cores with 13 in use leave 3: not enough for one 4-core instance.
        var busy = Server(16, 64, 1000, usedCores: 13, usedRam: 8, usedStorage: 100);
        var half = Server(16, 32, 1000, usedCores: 8, usedRam: 16, usedStorage: 0);

        Assert.Equal(0, CapacityCheck.InstancesOn(busy, new ServerSpec(4, 8, 100)));
        Assert.Equal(2, CapacityCheck.InstancesOn(half, new ServerSpec(4, 8, 100)));
        Assert.Equal(CapacityVerdict.Kurang, CapacityCheck.Evaluate(Needs, 3000, Own(busy, half)).Verdict);
    }

    [Fact]
    public void Usage_over_the_total_counts_as_full_not_negative()
    {
        Assert.Equal(0, CapacityCheck.InstancesOn(Server(4, 8, 100, usedCores: 6), new ServerSpec(4, 8, 100)));
    }

    [Fact]
    public void A_region_at_the_national_data_centre_is_told_to_request_an_allocation()
    {
        var infrastructure = Own(Server(64, 256, 4000));
        infrastructure.Hosting = HostingMode.PusatDataNasional;

        var report = CapacityCheck.Evaluate(Needs, 2500, infrastructure);

        Assert.Equal(CapacityVerdict.PusatDataNasional, report.Verdict);
        Assert.Equal(3, report.ServersNeeded);
    }

    [Fact]
    public void Mixed_hosting_runs_what_fits_on_own_servers_and_the_rest_at_PDN()
    {
        var infrastructure = Own(Server(8, 16, 200));
        infrastructure.Hosting = HostingMode.Campuran;

        var report = CapacityCheck.Evaluate(Needs, 5000, infrastructure);

        Assert.Equal(CapacityVerdict.Campuran, report.Verdict);
        Assert.Equal(5, report.ServersNeeded);
        Assert.Equal(2, report.Available);
        Assert.Equal(3, report.Gap);
    }

    [Fact]
    public void Mixed_hosting_with_room_enough_is_simply_enough()
    {
        var infrastructure = Own(Server(8, 16, 200));
        infrastructure.Hosting = HostingMode.Campuran;

        Assert.Equal(CapacityVerdict.Cukup, CapacityCheck.Evaluate(Needs, 900, infrastructure).Verdict);
    }

    [Fact]
    public void An_application_without_a_server_size_cannot_be_compared()
    {
        var report = CapacityCheck.Evaluate(new InfrastructureNeeds { UsersPerServer = 500 }, 1000, Own(Server(8, 16, 200)));

        Assert.Equal(CapacityVerdict.NoNeeds, report.Verdict);
        Assert.True(report.PerServer.IsEmpty);
        Assert.Equal(0, report.Available);
    }

    [Fact]
    public void A_region_without_a_declaration_is_told_so()
    {
        var report = CapacityCheck.Evaluate(Needs, 2000, null);

        Assert.Equal(CapacityVerdict.NoDeclaration, report.Verdict);
        Assert.Equal(2, report.ServersNeeded);
        Assert.Equal(0, report.DeclaredServers);
    }

    [Fact]
    public void A_declaration_with_no_servers_is_short_by_everything()
    {
        var report = CapacityCheck.Evaluate(Needs, 2000, Own());

        Assert.Equal(CapacityVerdict.Kurang, report.Verdict);
        Assert.Equal(2, report.Gap);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(10_000, 10)]
    public void Servers_needed_round_up_and_are_at_least_one(int users, int servers) =>
        Assert.Equal(servers, CapacityCheck.Evaluate(Needs, users, null).ServersNeeded);

    [Fact]
    public void Without_users_per_server_one_server_is_needed_and_only_stated_sizes_are_compared()
    {
        var ramOnly = new InfrastructureNeeds { RamGb = 16 };

        var report = CapacityCheck.Evaluate(ramOnly, 50_000, Own(Server(2, 64, 10)));

        Assert.Equal(1, report.ServersNeeded);
        Assert.Equal(4, report.Available);
        Assert.Equal(CapacityVerdict.Cukup, report.Verdict);
    }

    private static RegionInfrastructure Own(params RegionServer[] servers) =>
        new() { RegionCode = "61.72", Hosting = HostingMode.ServerSendiri, Servers = [.. servers] };

    private static RegionServer Server(int cores, int ram, int storage, int usedCores = 0, int usedRam = 0, int usedStorage = 0) => new()
    {
        RegionCode = "61.72",
        Name = "srv",
        CpuCores = cores,
        RamGb = ram,
        StorageGb = storage,
        UsedCpuCores = usedCores,
        UsedRamGb = usedRam,
        UsedStorageGb = usedStorage,
    };
}
