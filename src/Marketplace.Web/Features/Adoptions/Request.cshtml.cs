using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// A member asks, for their region, to adopt an application of another region. When the request cannot be made at all
/// (own application, not published, one already open) the page says why instead of showing the form.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class RequestModel(AdoptionReader reader, AdoptionWorkflow workflow, RegionDirectory regions, IStringLocalizer<AdoptionText> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    [BindProperty]
    public AdoptionRequestInput Input { get; set; } = new();

    public SharedApp App { get; private set; } = null!;

    public string OwnerName { get; private set; } = "";

    /// <summary>Why no request can be made, when it cannot.</summary>
    public string? Blocked { get; private set; }

    /// <summary>The region's open request for this application, linked from <see cref="Blocked"/>.</summary>
    public int? OpenId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var region = User.RegionCode()!;
        if (region == App.OwnerRegionCode)
        {
            Blocked = text["Adoption.OwnApp"].Value;
        }
        else if (App.Status != AppStatus.Published)
        {
            Blocked = text["Adoption.NotPublished"].Value;
        }
        else if (await workflow.FindOpenAsync(region, App.Id, cancellationToken) is { } open)
        {
            OpenId = open.Id;
            Blocked = text["Adoption.AlreadyOpen", open.Id].Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            // A value that did not even bind (letters for a number) has its message; name the other fields' problems too.
            Show(AdoptionRules.CheckRequest(Input).Where(e => ModelState[$"Input.{e.Field}"] is not { Errors.Count: > 0 }));
            return Page();
        }

        var result = await workflow.RequestAsync(User, Slug, Input, cancellationToken);
        switch (result.Status)
        {
            case AdoptionStatus.Done:
                TempData["Status"] = text["Request.Sent", App.Name].Value;
                return Redirect($"/adopsi/{result.Value!.Id}");
            case AdoptionStatus.NotFound:
                return NotFound();
            case AdoptionStatus.Forbidden:
                return Forbid();
            case AdoptionStatus.Conflict:
                var conflict = result.Errors[0];
                OpenId = conflict.Key == "Adoption.AlreadyOpen" && conflict.Arguments is [int id] ? id : null;
                Blocked = text.Describe(conflict, typeof(AdoptionRequestInput));
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Show(result.Errors);
                return Page();
        }
    }

    private void Show(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"Input.{error.Field}", text.Describe(error, typeof(AdoptionRequestInput)));
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.FindAppAsync(Slug, cancellationToken) is not { } app || !CatalogPermissions.CanSee(User, app))
        {
            return NotFound();
        }

        if (!AdoptionPermissions.CanRequest(User))
        {
            return Forbid();
        }

        App = app;
        OwnerName = (await regions.GetAsync(cancellationToken)).Find(app.OwnerRegionCode)?.Name ?? app.OwnerRegionCode;
        return null;
    }
}
