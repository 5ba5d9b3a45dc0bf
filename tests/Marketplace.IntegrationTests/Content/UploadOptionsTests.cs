using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Microsoft.Extensions.Options;

namespace Marketplace.IntegrationTests.Content;

public sealed class UploadOptionsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task The_site_refuses_to_start_with_a_size_limit_that_admits_nothing(string maxImageBytes)
    {
        // A host that fails to start leaves its data folder behind, so the test owns one.
        var dataPath = TempFolder.NewPath("mk-it-uploads");
        Exception error;
        try
        {
            error = await Assert.ThrowsAnyAsync<Exception>(() => MarketplaceHost.StartAsync(new Dictionary<string, string?>
            {
                ["Marketplace:DataPath"] = dataPath,
                ["Uploads:MaxImageBytes"] = maxImageBytes,
            }));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(dataPath);
        }

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains("MaxImageBytes", validation.Message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;
}
