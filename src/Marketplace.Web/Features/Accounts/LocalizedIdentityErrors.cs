using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Identity's error messages in the user's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<AccountsText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(DefaultError));

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = text["Identity." + code, arguments] };
}

/// <summary>Refuses passwords that are commonly guessed or that contain the user's own e-mail name.</summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<AccountsText> text) : IPasswordValidator<ApplicationUser>
{
    private static readonly string[] Common =
    [
        "password", "passw0rd", "katasandi", "rahasia", "qwerty", "123456", "654321", "111111", "abcdef", "admin",
        "indonesia", "jakarta", "kominfo", "diskominfo", "forumkominfo", "letmein", "welcome", "selamat",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        var localPart = user.Email?.Split('@')[0].ToLowerInvariant();
        var weak = Common.Any(lower.Contains) && lower.Length < 16
            || (localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal))
            || lower.Distinct().Count() <= 2;
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["Identity.PasswordTooCommon"] })
            : IdentityResult.Success);
    }
}
