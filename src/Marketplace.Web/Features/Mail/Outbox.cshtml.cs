using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Mail;

/// <summary>
/// /admin/surat: the outbox for an Administrator. Failed messages first (they wait for someone), with the last error the
/// server gave; a failed message is retried here, one or all, and a waiting one can be cancelled.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class OutboxModel(OutboxAdministration outbox, IStringLocalizer<MailText> text) : PageModel
{
    public static readonly OutboxMailState[] States = [OutboxMailState.Failed, OutboxMailState.Pending, OutboxMailState.Sent, OutboxMailState.Cancelled];

    /// <summary>The list shown: "gagal" (default), "menunggu", "terkirim" or "dibatalkan".</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StateName { get; set; }

    [BindProperty(SupportsGet = true, Name = "sebelum")]
    public long? Before { get; set; }

    public OutboxMailState State { get; private set; } = OutboxMailState.Failed;

    public OutboxAdministration.Summary Summary { get; private set; } = new(0, 0, 0, null, null);

    public IReadOnlyList<OutboxMail> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Parse(StateName) is not { } state)
        {
            return BadRequest(text["Outbox.UnknownState", StateName ?? ""].Value);
        }

        State = state;
        Summary = await outbox.SummaryAsync(cancellationToken);
        Rows = await outbox.ListAsync(State, Before is > 0 ? Before : null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken) =>
        Done(await outbox.RetryAsync(id, cancellationToken) ? "Outbox.Retried" : "Outbox.NotRetried", id);

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken) =>
        Done("Outbox.RetriedAll", await outbox.RetryAllFailedAsync(cancellationToken));

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken) =>
        Done(await outbox.CancelAsync(id, cancellationToken) ? "Outbox.Cancelled" : "Outbox.NotCancelled", id);

    /// <summary>The state's URL name in Indonesian.</summary>
    public static string Slug(OutboxMailState state) => state switch
    {
        OutboxMailState.Pending => "menunggu",
        OutboxMailState.Sent => "terkirim",
        OutboxMailState.Cancelled => "dibatalkan",
        _ => "gagal",
    };

    internal static OutboxMailState? Parse(string? name) =>
        string.IsNullOrEmpty(name) ? OutboxMailState.Failed : States.Where(s => Slug(s) == name).Cast<OutboxMailState?>().FirstOrDefault();

    private RedirectToPageResult Done(string key, object argument)
    {
        TempData["Status"] = text[key, argument].Value;
        return RedirectToPage(new { status = StateName });
    }
}
