using System.Text;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The work plan as an iCalendar file: one all-day event per milestone on its due date, with a UID that stays the same
/// for the milestone so that importing the file again updates the events instead of doubling them.
/// </summary>
[Authorize]
public sealed class PlanCalendarModel(AdoptionWorkflow workflow, RegionDirectory regions, TimeProvider clock, IStringLocalizer<AdoptionText> text)
    : AdoptionPageModel(workflow, regions, clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var name = text["Print.Title", Adoption.App.Name, AdopterName].Value;
        var calendar = new CalendarWriter("-//Forum Kominfo//Rencana Adopsi//ID", name, Clock.GetUtcNow());
        foreach (var milestone in Plan.Areas.SelectMany(a => a))
        {
            var description = new StringBuilder();
            if (milestone.Detail.Length > 0)
            {
                description.Append(milestone.Detail).Append('\n');
            }

            description.Append(text["Calendar.Responsible", milestone.Responsible].Value).Append('\n')
                .Append(text["Calendar.State", text["Milestone." + milestone.State].Value].Value).Append('\n')
                .Append(text["Calendar.Adoption", name].Value);
            calendar.Add(new CalendarDay(
                $"adopsi-{Adoption.Id}-langkah-{milestone.Id}@forum-kominfo",
                milestone.DueDate,
                milestone.Title,
                description.ToString(),
                text["Area." + milestone.Area].Value));
        }

        return File(Encoding.UTF8.GetBytes(calendar.Finish()), ContentType, $"rencana-adopsi-{Adoption.Id}.ics");
    }
}
