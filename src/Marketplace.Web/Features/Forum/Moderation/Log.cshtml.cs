using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// The moderation audit log (/forum/moderasi/log), moderators only: newest first, 50 lines a page by keyset
/// (?sebelum={id}), optionally of one action (?tindakan=PostHidden).
/// </summary>
public sealed class LogModel(ModerationService moderation, IStringLocalizer<ModerationText> text) : ModerationPageModel(text)
{
    [BindProperty(SupportsGet = true, Name = "tindakan")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sebelum")]
    public long? Before { get; set; }

    public ModerationAction? Action { get; private set; }

    public IReadOnlyList<ModerationLogEntry> Entries { get; private set; } = [];

    public long? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Gate() is { } refusal)
        {
            return refusal;
        }

        Action = Enum.TryParse<ModerationAction>(ActionFilter, ignoreCase: false, out var action) && Enum.IsDefined(action) ? action : null;
        (var entries, Next) = await moderation.LogAsync(Action, Before, cancellationToken);
        Entries = entries;
        return Page();
    }

    public string NextUrl => $"/forum/moderasi/log?sebelum={Next}" + (Action is { } a ? $"&tindakan={a}" : "");
}
