using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The adopting region edits its work plan and the support agreement in one form. Existing steps can be changed or marked
/// for removal; a few empty rows add new steps without JavaScript, and rows left empty are ignored.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Posting)]
[Authorize]
public sealed class EditPlanModel(AdoptionWorkflow workflow, RegionDirectory regions, TimeProvider clock, IStringLocalizer<AdoptionText> text)
    : AdoptionPageModel(workflow, regions, clock)
{
    /// <summary>Empty rows offered for new steps.</summary>
    public const int BlankRows = 3;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    /// <summary>Why the plan cannot be edited now, for the adopting region when the adoption is not in a plannable state.</summary>
    public string? Blocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await CheckAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = new PlanInput
        {
            Milestones = [.. Plan.Areas.SelectMany(a => a).Select(From), .. Enumerable.Range(0, BlankRows).Select(_ => new MilestoneInput())],
            Support = From(Adoption.Support),
            Version = Adoption.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await CheckAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // A new row left empty is not a step; marking it removed keeps the row numbers that errors refer to.
        foreach (var row in Input.Milestones.Where(IsBlankNewRow))
        {
            row.Remove = true;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Workflow.UpdatePlanAsync(User, id, Input, cancellationToken);
        switch (result.Status)
        {
            case AdoptionStatus.Done:
                TempData["Status"] = text["Plan.Saved"].Value;
                return Redirect($"/adopsi/{id}");
            case AdoptionStatus.NotFound:
                return NotFound();
            case AdoptionStatus.Forbidden:
                return Forbid();
            case AdoptionStatus.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(FieldKey(error.Field), text.Describe(error, typeof(PlanInput)));
        }

        return Page();
    }

    /// <summary>"true" when the field has an error (for aria-invalid), else null so the attribute is left out.</summary>
    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    public static bool IsBlankNewRow(MilestoneInput row) =>
        row.Id == 0 && string.IsNullOrWhiteSpace(row.Title) && string.IsNullOrWhiteSpace(row.Detail)
        && string.IsNullOrWhiteSpace(row.Responsible) && row.DueDate is null;

    // Errors about one field go next to it; those about a whole row or the plan go to the summary.
    private static string FieldKey(string field) =>
        field.Length > 0 && (field.Contains("].", StringComparison.Ordinal) || field.StartsWith("Support.", StringComparison.Ordinal))
            ? "Input." + field
            : "";

    private async Task<IActionResult?> CheckAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (AdoptionPermissions.CanEditPlan(User, Adoption))
        {
            return null;
        }

        if (User.RegionCode() != Adoption.AdopterRegionCode)
        {
            return Forbid();
        }

        Blocked = text.Describe(new FieldError("", "Plan.NotEditable", Adoption.State), typeof(PlanInput));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private static MilestoneInput From(Milestone milestone) => new()
    {
        Id = milestone.Id,
        Area = milestone.Area,
        Title = milestone.Title,
        Detail = milestone.Detail,
        Responsible = milestone.Responsible,
        DueDate = milestone.DueDate,
        State = milestone.State,
    };

    private static SupportInput From(SupportAgreement support) => new()
    {
        Maintainer = support.Maintainer,
        Until = support.Until,
        ContactName = support.ContactName,
        ContactEmail = support.ContactEmail,
        ContactPhone = support.ContactPhone,
        Scope = support.Scope,
    };
}
