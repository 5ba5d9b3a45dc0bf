using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// One adoption: the request, its history, the moves this user may make (each a small form carrying the version they
/// saw), the work plan with its progress and the support agreement.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class ShowModel(AdoptionWorkflow workflow, RegionDirectory regions, TimeProvider clock, IStringLocalizer<AdoptionText> text)
    : AdoptionPageModel(workflow, regions, clock)
{
    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    public IReadOnlyList<AdoptionTransition> Actions { get; private set; } = [];

    public bool CanEditPlan { get; private set; }

    /// <summary>The move whose form was posted and refused, to show its error and what was typed next to it.</summary>
    public AdoptionState? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // Only a hand-made post sends a state that does not exist; the forms send the moves the page offered.
            ModelState.AddModelError("", text["Show.UnknownMove"].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(id, cancellationToken) ?? Page();
        }

        var result = await Workflow.TransitionAsync(User, id, Input, cancellationToken);
        switch (result.Status)
        {
            case AdoptionStatus.Done:
                TempData["Status"] = text["Show.Moved", text["State." + result.Value!.State].Value].Value;
                return Redirect($"/adopsi/{id}");
            case AdoptionStatus.NotFound:
                return NotFound();
            case AdoptionStatus.Forbidden:
                return Forbid();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"Input.{error.Field}", text.Describe(error, typeof(TransitionInput)));
        }

        Refused = Input.To;
        if (result.Status == AdoptionStatus.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await ShowAsync(id, cancellationToken) ?? Page();
    }

    public string? ReasonError =>
        ModelState.TryGetValue("Input.Reason", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Actions = AdoptionStateMachine.Available(Adoption.State, AdoptionPermissions.SidesOf(User, Adoption));
        CanEditPlan = AdoptionPermissions.CanEditPlan(User, Adoption);
        return null;
    }
}
