using System.Net;
using System.Security.Claims;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Support;

/// <summary>
/// Brings an adoption to a state through the host's own <see cref="AdoptionWorkflow"/>, acting as the real accounts
/// (principals made by the host's claims factory), for tests of what follows an adoption: capacity reports and reviews.
/// </summary>
public static class AdoptionArrangements
{
    /// <summary>A signed-in client for a new account of <paramref name="role"/> in <paramref name="region"/>.</summary>
    public static async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(MarketplaceHost host, string role, string region)
    {
        var user = await TestAccounts.CreateAsync(host, role, region);
        var client = host.CreateClient();
        using var response = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    /// <summary>
    /// <paramref name="adopter"/> asks for the application, <paramref name="ownerAdmin"/> approves, and the adopter moves it
    /// on until <paramref name="until"/> (Diajukan, Disetujui, Perencanaan or Berjalan). Returns the adoption's id.
    /// </summary>
    public static async Task<int> AdoptAsync(MarketplaceHost host, string slug, ApplicationUser adopter, ApplicationUser ownerAdmin, int expectedUsers = 500, AdoptionState until = AdoptionState.Berjalan)
    {
        var asAdopter = await PrincipalAsync(host, adopter);
        var asOwner = await PrincipalAsync(host, ownerAdmin);
        var request = await WithWorkflowAsync(host, w => w.RequestAsync(asAdopter, slug, new AdoptionRequestInput { Reason = "Kami butuh aplikasi ini.", ExpectedUsers = expectedUsers }, CancellationToken.None));
        Assert.Equal(AdoptionStatus.Done, request.Status);
        var id = request.Value!.Id;
        (AdoptionState To, ClaimsPrincipal By)[] steps = [(AdoptionState.Disetujui, asOwner), (AdoptionState.Perencanaan, asAdopter), (AdoptionState.Berjalan, asAdopter)];
        foreach (var (to, by) in steps.Where(s => s.To <= until))
        {
            await MoveAsync(host, id, to, by);
        }

        return id;
    }

    public static async Task MoveAsync(MarketplaceHost host, int id, AdoptionState to, ClaimsPrincipal by, string? reason = null)
    {
        var moved = await WithWorkflowAsync(host, w => w.TransitionAsync(by, id, new TransitionInput { To = to, Reason = reason }, CancellationToken.None));
        Assert.True(moved.Status == AdoptionStatus.Done, $"Moving adoption {id} to {to} answered {moved.Status}: {string.Join(", ", moved.Errors.Select(e => e.Key))}");
    }

    /// <summary>Says the adoption went live on <paramref name="since"/>, as if it had run that long.</summary>
    public static Task BackdateAsync(MarketplaceHost host, int id, DateTimeOffset since) =>
        host.QueryAsync(db => db.Adoptions.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RunningSince, since)));

    public static async Task<ClaimsPrincipal> PrincipalAsync(MarketplaceHost host, ApplicationUser user)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        return await factory.CreateAsync(await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException($"No account {user.Id}."));
    }

    private static async Task<T> WithWorkflowAsync<T>(MarketplaceHost host, Func<AdoptionWorkflow, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdoptionWorkflow>());
    }
}
