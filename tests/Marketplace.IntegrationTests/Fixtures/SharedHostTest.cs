using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Fixtures;

/// <summary>
/// Base of the tests that use a collection's shared host. A test fails when the host logged a warning or error
/// while it ran: tests of one collection run one at a time, so the test that caused a problem is the one that reports it.
/// </summary>
public abstract class SharedHostTest(IHostFixture fixture) : IAsyncLifetime
{
    protected IHostFixture Fixture { get; } = fixture;

    protected MarketplaceHost Host => Fixture.Host;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        var problems = Fixture.TakeNewProblems();
        Assert.True(problems.Count == 0, "The shared host logged problems during this test (or just before it):\n" + string.Join("\n", problems));
        return Task.CompletedTask;
    }
}
