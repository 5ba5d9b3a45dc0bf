using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin;

[Authorize(Roles = Roles.Administrator)]
public sealed class UserDetailModel(UserAdministration administration, UserManager<ApplicationUser> users, IStringLocalizer<AdminText> text) : PageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public IList<string> CurrentRoles { get; private set; } = [];

    public bool LockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        CurrentRoles = await users.GetRolesAsync(account);
        LockedOut = await users.IsLockedOutAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, string[]? roles)
    {
        var result = await administration.SetRolesAsync(User, id, roles ?? []);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = text["Users.RolesSaved"].Value;
        }
        else
        {
            TempData["Error"] = text[result.Errors.Any(e => e.Code == "KeepOwnAdministrator") ? "Users.KeepOwnAdministrator" : "Users.RolesFailed"].Value;
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await administration.UnlockAsync(User, id))
        {
            return NotFound();
        }

        TempData["Status"] = text["Users.Unlocked"].Value;
        return RedirectToPage(new { id });
    }
}
