using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Capacity;

/// <summary>A field's display name as an error argument: the page words it in the user's language.</summary>
public sealed record FieldName(string Key);

/// <summary>
/// Limits of an infrastructure declaration. The maxima are far above any regional server (1024 cores, 16 TB of RAM,
/// 1 PB of storage, 200 servers) but keep typing mistakes and nonsense out of the capacity check.
/// Error keys live in CapacityText; a row's errors name its row number (1-based) and field.
/// </summary>
public static class CapacityRules
{
    public const int CoresMax = 1024;
    public const int RamGbMax = 16_384;
    public const int StorageGbMax = 1_000_000;
    public const int ServersMax = 200;
    public const int NameMax = 100;
    public const int WorkloadsMax = 500;
    public const int NotesMax = 2000;

    public static List<FieldError> Check(InfrastructureInput input)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Hosting))
        {
            errors.Add(new(nameof(input.Hosting), "Infra.HostingUnknown"));
        }

        if (input.Notes is { } notes && notes.Trim().Length > NotesMax)
        {
            errors.Add(new(nameof(input.Notes), "Infra.NotesTooLong", NotesMax));
        }
        else if (HasControlCharacters(input.Notes, allowNewLines: true))
        {
            errors.Add(new(nameof(input.Notes), "Infra.NotesControlCharacters"));
        }

        if (input.Servers.Count(s => s.IsKept) > ServersMax)
        {
            errors.Add(new(nameof(input.Servers), "Infra.TooManyServers", ServersMax));
        }

        for (var i = 0; i < input.Servers.Count; i++)
        {
            if (input.Servers[i].IsKept)
            {
                CheckServer(errors, input.Servers[i], i);
            }
        }

        return errors;
    }

    private static void CheckServer(List<FieldError> errors, ServerInput server, int index)
    {
        var row = index + 1;
        var prefix = $"Servers[{index}].";
        if (string.IsNullOrWhiteSpace(server.Name))
        {
            errors.Add(new(prefix + nameof(server.Name), "Infra.Required", row, new FieldName("Field.Name")));
        }
        else if (server.Name.Trim().Length > NameMax)
        {
            errors.Add(new(prefix + nameof(server.Name), "Infra.TooLong", row, new FieldName("Field.Name"), NameMax));
        }
        else if (HasControlCharacters(server.Name, allowNewLines: false))
        {
            errors.Add(new(prefix + nameof(server.Name), "Infra.ControlCharacters", row, new FieldName("Field.Name")));
        }

        if (server.Workloads is { } workloads && workloads.Trim().Length > WorkloadsMax)
        {
            errors.Add(new(prefix + nameof(server.Workloads), "Infra.TooLong", row, new FieldName("Field.Workloads"), WorkloadsMax));
        }
        else if (HasControlCharacters(server.Workloads, allowNewLines: false))
        {
            errors.Add(new(prefix + nameof(server.Workloads), "Infra.ControlCharacters", row, new FieldName("Field.Workloads")));
        }

        Size(errors, prefix, row, nameof(server.CpuCores), server.CpuCores, CoresMax, nameof(server.UsedCpuCores), server.UsedCpuCores);
        Size(errors, prefix, row, nameof(server.RamGb), server.RamGb, RamGbMax, nameof(server.UsedRamGb), server.UsedRamGb);
        Size(errors, prefix, row, nameof(server.StorageGb), server.StorageGb, StorageGbMax, nameof(server.UsedStorageGb), server.UsedStorageGb);
    }

    // A total is required and positive; what is used may be left empty (nothing runs on it yet) but never exceeds the total.
    private static void Size(List<FieldError> errors, string prefix, int row, string totalField, int? total, int max, string usedField, int? used)
    {
        var totalName = new FieldName("Field." + totalField);
        var totalValid = false;
        if (total is not { } value)
        {
            errors.Add(new(prefix + totalField, "Infra.Required", row, totalName));
        }
        else if (value < 0)
        {
            errors.Add(new(prefix + totalField, "Infra.Negative", row, totalName));
        }
        else if (value == 0)
        {
            errors.Add(new(prefix + totalField, "Infra.Zero", row, totalName));
        }
        else if (value > max)
        {
            errors.Add(new(prefix + totalField, "Infra.TooLarge", row, totalName, max));
        }
        else
        {
            totalValid = true;
        }

        var usedName = new FieldName("Field." + usedField);
        if (used is not { } taken)
        {
            return;
        }

        if (taken < 0)
        {
            errors.Add(new(prefix + usedField, "Infra.Negative", row, usedName));
        }
        else if (taken > max)
        {
            errors.Add(new(prefix + usedField, "Infra.TooLarge", row, usedName, max));
        }
        else if (totalValid && taken > total!.Value)
        {
            errors.Add(new(prefix + usedField, "Infra.UsedOverTotal", row, usedName, taken, total.Value));
        }
    }

    private static bool HasControlCharacters(string? value, bool allowNewLines) =>
        value is not null && value.Any(c => char.IsControl(c) && !(allowNewLines && c is '\n' or '\r' or '\t'));
}
