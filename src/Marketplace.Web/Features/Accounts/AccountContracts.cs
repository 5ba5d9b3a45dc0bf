namespace Marketplace.Web.Features.Accounts;

/// <summary>Demo accounts to show on the login page; answers null unless the site runs in demo mode.</summary>
public interface IDemoAccounts
{
    Task<DemoAccountList?> ListAsync(CancellationToken cancellationToken);
}

public sealed record DemoAccountList(string Password, IReadOnlyList<DemoAccount> Accounts);

public sealed record DemoAccount(string Email, string Role, string RegionName);

/// <summary>Whether the one-time setup (the first Administrator) is still to be done.</summary>
public interface IFirstRunState
{
    Task<bool> IsPendingAsync(CancellationToken cancellationToken);
}

/// <summary>Accounts may sign in once their address is confirmed and their region approved them.</summary>
internal sealed class ApprovedUserConfirmation : Microsoft.AspNetCore.Identity.IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(Microsoft.AspNetCore.Identity.UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(user.EmailConfirmed && user.ApprovedAt is not null);
}
