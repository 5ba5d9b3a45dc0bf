using Marketplace.Web.Features.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>Bad <c>generate-load --posts</c> options are refused with a message naming the option, before any database is touched.</summary>
public sealed class ForumLoadOptionsTests
{
    [Theory]
    [InlineData("--posts takes 1 to 5000000", "--posts", "0")]
    [InlineData("--posts takes 1 to 5000000", "--posts", "abc")]
    [InlineData("--posts takes 1 to 5000000", "--posts", "-5")]
    [InlineData("--posts takes 1 to 5000000", "--posts", "5000001")]
    [InlineData("--posts takes 1 to 5000000", "--posts", "99999999999")]
    [InlineData("--posts takes 1 to 5000000", "--posts", "1e6")]
    [InlineData("--posts takes 1 to 5000000", "--apps", "10", "--posts", "")]
    [InlineData("--long-thread takes 1 to 100000, with --posts", "--posts", "10", "--long-thread", "0")]
    [InlineData("--long-thread takes 1 to 100000, with --posts", "--posts", "200000", "--long-thread", "100001")]
    [InlineData("--long-thread takes 1 to 100000, with --posts", "--long-thread", "10")]
    [InlineData("--long-thread (50) cannot be longer than --posts (10)", "--posts", "10", "--long-thread", "50")]
    [InlineData("--apps takes 1 to 1000000", "--posts", "10", "--apps", "0")]
    [InlineData("--seed takes a non-negative integer", "--posts", "10", "--seed", "x")]
    [InlineData("option '--posts' needs a value", "--posts")]
    public async Task A_bad_option_value_is_named_in_the_message_and_exits_with_2(string message, params string[] options)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var output = new StringWriter();

        var exitCode = await MaintenanceRegistration.RunAsync(services, ["generate-load", .. options], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains($"generate-load: {message}.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--posts N", output.ToString(), StringComparison.Ordinal);
    }
}
