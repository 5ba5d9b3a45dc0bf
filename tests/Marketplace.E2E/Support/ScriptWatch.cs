using Microsoft.Playwright;

namespace Marketplace.E2E.Support;

/// <summary>
/// Collects what a page's scripts did that a safe page never does: dialogs (alert, confirm, prompt; each dismissed so
/// the page goes on) and script errors from the console or uncaught exceptions. Attach before opening the page.
/// </summary>
public sealed class ScriptWatch
{
    private readonly List<string> dialogs = [];
    private readonly List<string> errors = [];

    private ScriptWatch()
    {
    }

    public IReadOnlyList<string> Dialogs
    {
        get { lock (dialogs) { return [.. dialogs]; } }
    }

    public IReadOnlyList<string> Errors
    {
        get { lock (errors) { return [.. errors]; } }
    }

    public static ScriptWatch On(IPage page)
    {
        var watch = new ScriptWatch();
        page.Dialog += async (_, dialog) =>
        {
            lock (watch.dialogs)
            {
                watch.dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (watch.errors)
                {
                    watch.errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (watch.errors)
            {
                watch.errors.Add(error);
            }
        };
        return watch;
    }
}
