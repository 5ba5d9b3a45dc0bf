using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts.Tokens;

/// <summary>
/// The user's personal access tokens: make one (shown once, in the response to the form, never stored or redirected
/// with), see when each was used, revoke one.
/// </summary>
[Authorize]
public sealed class TokensModel(PersonalAccessTokens tokens, UserManager<ApplicationUser> users, TimeProvider clock, IStringLocalizer<TokensText> text) : PageModel
{
    [BindProperty]
    public NewTokenInput Input { get; set; } = new();

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    /// <summary>The token just made; only in the answer to the form that made it.</summary>
    public string? NewToken { get; private set; }

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public TokenState StateOf(PersonalAccessToken token) => PersonalAccessTokens.StateOf(token, Now);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        Tokens = await tokens.ListAsync(userId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        if (!PersonalAccessTokens.Lifetimes.Contains(Input.LifetimeDays))
        {
            ModelState.AddModelError("Input.LifetimeDays", text["Tokens.LifetimeInvalid"]);
        }
        else if (ModelState.IsValid && await tokens.CountActiveAsync(userId, cancellationToken) >= PersonalAccessTokens.MaxActivePerUser)
        {
            ModelState.AddModelError("", text["Tokens.TooMany", PersonalAccessTokens.MaxActivePerUser]);
        }

        if (ModelState.IsValid)
        {
            (_, NewToken) = await tokens.CreateAsync(userId, Input.Name!, Input.LifetimeDays, cancellationToken);
            ModelState.Clear();
            Input = new();
        }

        Tokens = await tokens.ListAsync(userId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        if (!await tokens.RevokeAsync(userId, id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = text["Tokens.Revoked"].Value;
        return RedirectToPage();
    }
}

public sealed class NewTokenInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.TokenName")]
    public string? Name { get; set; }

    [Display(Name = "Field.Lifetime")]
    public int LifetimeDays { get; set; } = 90;
}
