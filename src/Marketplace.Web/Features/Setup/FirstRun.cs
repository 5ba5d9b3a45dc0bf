using System.Security.Cryptography;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Setup;

/// <summary>
/// The one-time setup: while no account exists, whoever holds the setup token (printed in the server log at start)
/// may create the first Administrator. Once any account exists, setup is closed for good.
/// </summary>
public sealed class FirstRun(IServiceScopeFactory scopes) : IFirstRunState
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>The secret a visitor must type; only the operator, who reads the log, knows it.</summary>
    public string Token { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        _done = await scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Users.AnyAsync(cancellationToken);
        return !_done;
    }

    public bool TokenMatches(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token.Trim()), System.Text.Encoding.UTF8.GetBytes(Token));

    /// <summary>Runs <paramref name="create"/> only if setup is still pending, one caller at a time.</summary>
    public async Task<bool> CompleteAsync(Func<Task<bool>> create, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!await IsPendingAsync(cancellationToken))
            {
                return false;
            }

            _done = await create();
            return _done;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>Tells the operator at start how to finish setup.</summary>
internal sealed class SetupAnnouncer(FirstRun firstRun, ILogger<SetupAnnouncer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await firstRun.IsPendingAsync(stoppingToken))
        {
            logger.LogInformation("No account exists yet. Open /pengaturan-awal and enter the setup token {SetupToken} to create the first Administrator", firstRun.Token);
        }
    }
}
