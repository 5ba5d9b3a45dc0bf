using Marketplace.Web.Features.Capacity;

namespace Marketplace.Tests.Capacity;

public sealed class CapacityRulesTests
{
    [Fact]
    public void A_complete_declaration_passes_and_empty_or_removed_rows_are_ignored()
    {
        var input = new InfrastructureInput
        {
            Hosting = HostingMode.Campuran,
            Notes = "Tier 2\nRencana: 1 server 2027",
            Servers = [Valid(), new ServerInput(), new ServerInput { Name = "", CpuCores = -1, Remove = true }],
        };

        Assert.Empty(CapacityRules.Check(input));
    }

    [Theory]
    [InlineData(nameof(ServerInput.CpuCores), -1, "Infra.Negative")]
    [InlineData(nameof(ServerInput.CpuCores), 0, "Infra.Zero")]
    [InlineData(nameof(ServerInput.CpuCores), 1025, "Infra.TooLarge")]
    [InlineData(nameof(ServerInput.RamGb), 16_385, "Infra.TooLarge")]
    [InlineData(nameof(ServerInput.StorageGb), 1_000_001, "Infra.TooLarge")]
    [InlineData(nameof(ServerInput.StorageGb), null, "Infra.Required")]
    [InlineData(nameof(ServerInput.UsedRamGb), -4, "Infra.Negative")]
    [InlineData(nameof(ServerInput.UsedCpuCores), 9, "Infra.UsedOverTotal")]
    [InlineData(nameof(ServerInput.UsedStorageGb), 501, "Infra.UsedOverTotal")]
    public void A_bad_number_is_named_with_its_row_and_field(string field, int? value, string key)
    {
        var input = new InfrastructureInput { Servers = [Valid(), Valid()] };
        typeof(ServerInput).GetProperty(field)!.SetValue(input.Servers[1], value);

        var error = Assert.Single(CapacityRules.Check(input));

        Assert.Equal($"Servers[1].{field}", error.Field);
        Assert.Equal(key, error.Key);
        Assert.Equal(2, error.Arguments[0]);
        Assert.Equal(new FieldName("Field." + field), error.Arguments[1]);
    }

    [Fact]
    public void Used_is_compared_only_with_a_valid_total()
    {
        var input = new InfrastructureInput { Servers = [Valid()] };
        input.Servers[0].CpuCores = -8;
        input.Servers[0].UsedCpuCores = 4;

        Assert.Equal(["Infra.Negative"], CapacityRules.Check(input).Select(e => e.Key));
    }

    [Theory]
    [InlineData("", "Infra.Required")]
    [InlineData("srv\u0007", "Infra.ControlCharacters")]
    [InlineData("srv\tapp", "Infra.ControlCharacters")]
    public void A_bad_name_is_refused(string name, string key)
    {
        var input = new InfrastructureInput { Servers = [Valid()] };
        input.Servers[0].Name = name;

        Assert.Contains(CapacityRules.Check(input), e => e.Field == "Servers[0].Name" && e.Key == key);
    }

    [Fact]
    public void Too_long_texts_are_refused()
    {
        var input = new InfrastructureInput { Notes = new string('n', CapacityRules.NotesMax + 1), Servers = [Valid()] };
        input.Servers[0].Name = new string('x', CapacityRules.NameMax + 1);
        input.Servers[0].Workloads = new string('w', CapacityRules.WorkloadsMax + 1);

        var errors = CapacityRules.Check(input);

        Assert.Contains(errors, e => e.Field == "Notes" && e.Key == "Infra.NotesTooLong");
        Assert.Contains(errors, e => e.Field == "Servers[0].Name" && e.Key == "Infra.TooLong");
        Assert.Contains(errors, e => e.Field == "Servers[0].Workloads" && e.Key == "Infra.TooLong");
    }

    [Fact]
    public void Control_characters_in_the_notes_are_refused_but_line_breaks_are_not()
    {
        Assert.Contains(CapacityRules.Check(new InfrastructureInput { Notes = "a\u0000b" }), e => e.Key == "Infra.NotesControlCharacters");
        Assert.Empty(CapacityRules.Check(new InfrastructureInput { Notes = "a\r\nb\tc" }));
    }

    [Fact]
    public void More_than_two_hundred_servers_are_refused()
    {
        var input = new InfrastructureInput { Servers = [.. Enumerable.Range(0, CapacityRules.ServersMax + 1).Select(_ => Valid())] };

        Assert.Contains(CapacityRules.Check(input), e => e.Field == "Servers" && e.Key == "Infra.TooManyServers");
        input.Servers.RemoveAt(0);
        Assert.Empty(CapacityRules.Check(input));
    }

    [Fact]
    public void An_unknown_hosting_mode_is_refused() =>
        Assert.Contains(CapacityRules.Check(new InfrastructureInput { Hosting = (HostingMode)42 }), e => e.Key == "Infra.HostingUnknown");

    private static ServerInput Valid() => new()
    {
        Name = "srv-app-01",
        CpuCores = 8,
        RamGb = 32,
        StorageGb = 500,
        UsedCpuCores = 2,
        UsedRamGb = 8,
        Workloads = "SIMPEG, e-Office",
    };
}
