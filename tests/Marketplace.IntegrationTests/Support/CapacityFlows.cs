using System.Net;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.IntegrationTests.Support;

/// <summary>The infrastructure form and sized applications, filled the way a browser without JavaScript sends them.</summary>
public static class CapacityFlows
{
    public static string EditPage(string region) => $"/wilayah/{region}/infrastruktur/ubah";

    /// <summary>One row of the server table; empty strings are fields left empty.</summary>
    public static (string Name, string Value)[] Row(
        int index, string name, string cores, string ram, string storage, string usedCores = "", string usedRam = "", string usedStorage = "", string workloads = "")
    {
        var prefix = $"Input.Servers[{index}].";
        return
        [
            (prefix + "Name", name), (prefix + "CpuCores", cores), (prefix + "RamGb", ram), (prefix + "StorageGb", storage),
            (prefix + "UsedCpuCores", usedCores), (prefix + "UsedRamGb", usedRam), (prefix + "UsedStorageGb", usedStorage),
            (prefix + "Workloads", workloads),
        ];
    }

    public static Task<HttpResponseMessage> DeclareAsync(HttpClient client, string region, string hosting, string notes, params (string Name, string Value)[][] rows) =>
        AccountFlows.SubmitPageAsync(client, EditPage(region), [("Input.Hosting", hosting), ("Input.Notes", notes), .. rows.SelectMany(r => r)]);

    /// <summary>Publishes an application needing <paramref name="cores"/> cores, RAM and storage per server for <paramref name="usersPerServer"/> users; returns its slug.</summary>
    public static async Task<string> PublishSizedAsync(HttpClient publisher, string cores, string ram, string storage, string usersPerServer)
    {
        var name = CatalogFlows.UniqueName("Simpeg");
        (string, string)[] form =
        [
            .. CatalogFlows.AppForm(name).Where(f => f.Name is not ("Input.CpuCores" or "Input.RamGb" or "Input.UsersPerServer")),
            ("Input.CpuCores", cores), ("Input.RamGb", ram), ("Input.StorageGb", storage), ("Input.UsersPerServer", usersPerServer),
        ];
        using var response = await AccountFlows.SubmitPageAsync(publisher, "/katalog/terbitkan", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Slugs.From(name);
    }
}
