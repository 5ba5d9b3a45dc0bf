using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Search;

/// <summary>/cari/sinonim: a Kurator or Administrator lists, adds and removes the synonym groups search expands queries with.</summary>
[Authorize(Roles = Roles.Kurator + "," + Roles.Administrator)]
[EnableRateLimiting(AccountRateLimits.Posting)]
public sealed class SynonymsModel(SynonymList synonyms, IStringLocalizer<SearchText> text) : PageModel
{
    public IReadOnlyList<SearchSynonymGroup> Groups { get; private set; } = [];

    /// <summary>The engine's committed list, shown so a curator does not add what is already there.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Committed => Index.SynonymSet.Committed;

    [BindProperty]
    public SynonymInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Groups = await synonyms.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await synonyms.AddAsync(User, Input.Terms, cancellationToken);
        if (outcome.Group is { } group)
        {
            TempData["Status"] = text["Synonyms.Added", group.Terms].Value;
            return RedirectToPage();
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError("Input.Terms", text[error.Key, error.Arguments]);
        }

        Groups = await synonyms.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Status"] = await synonyms.RemoveAsync(id, cancellationToken) ? text["Synonyms.Removed"].Value : text["Synonyms.AlreadyGone"].Value;
        return RedirectToPage();
    }
}

public sealed class SynonymInput
{
    [Display(Name = "Synonyms.Terms")]
    public string? Terms { get; set; }
}
