using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class HealthContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Health_answers_200_when_database_and_data_folder_are_usable()
    {
        using var client = Host.CreateClient();

        var health = await HealthReport.GetAsync(client);

        Assert.Equal(HttpStatusCode.OK, health.Code);
        Assert.Equal("Healthy", health.Status);
        Assert.Equal("Healthy", health.Checks["database"]);
        Assert.Equal("Healthy", health.Checks["data-folder"]);
    }

    [Fact]
    public async Task Health_check_leaves_no_probe_file_in_the_data_folder()
    {
        using var client = Host.CreateClient();

        await HealthReport.GetAsync(client);

        Assert.Empty(Directory.GetFiles(Host.DataPath, ".health-*"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthOnSqlite(SqliteHostFixture fixture) : HealthContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class HealthOnPostgres(PostgresHostFixture fixture) : HealthContract(fixture);
