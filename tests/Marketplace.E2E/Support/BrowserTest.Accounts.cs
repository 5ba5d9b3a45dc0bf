using Marketplace.Testing;
using Microsoft.Playwright;
using MimeKit;

namespace Marketplace.E2E.Support;

/// <summary>
/// Steps the account tests share: signing in (with a TOTP code when the account has two-factor on),
/// the demo password shown on the login page in demo mode, and mail read from the host's pickup folder.
/// </summary>
public abstract partial class BrowserTest
{
    protected const string LoginPath = "/akun/masuk";

    /// <summary>
    /// Signs in through the login form and waits for the page after it. With <paramref name="totpSecret"/>
    /// it also answers the two-factor step. It does not decide whether signing in succeeded: the test asserts that.
    /// </summary>
    protected static async Task LoginAsync(IPage page, string email, string password, string? totpSecret = null)
    {
        await page.OpenAsync(LoginPath);
        var form = page.Locator("main form").Filter(new LocatorFilterOptions { Has = page.Locator("input[type=password]") });
        await form.Locator("input[type=email], input[autocomplete=username]").First.FillAsync(email);
        await form.Locator("input[type=password]").FillAsync(password);
        await form.Locator("button[type=submit]").First.ClickAndWaitForNavigationAsync(page);

        if (totpSecret is not null)
        {
            var code = page.Locator("main form input[autocomplete=one-time-code]");
            await code.FillAsync(TotpCode(totpSecret));
            // Has is matched inside each form, so it names the input without the "main form" prefix.
            await page.Locator("main form").Filter(new LocatorFilterOptions { Has = page.Locator("input[autocomplete=one-time-code]") })
                .Locator("button[type=submit]").First.ClickAndWaitForNavigationAsync(page);
        }
    }

    /// <summary>The current code of an authenticator app set up with <paramref name="base32Secret"/> (the key shown at /akun/keamanan).</summary>
    protected static string TotpCode(string base32Secret) => TestAccounts.TotpCode(base32Secret);

    /// <summary>The demo accounts' password, as the login page shows it in demo mode (an element marked <c>data-demo-password</c>).</summary>
    protected static async Task<string> DemoPasswordAsync(IPage page)
    {
        await page.OpenAsync(LoginPath);
        var password = (await page.Locator("[data-demo-password]").First.TextContentAsync())?.Trim();
        return string.IsNullOrEmpty(password) ? throw new InvalidOperationException("The login page shows no demo password.") : password;
    }

    /// <summary>Waits for the newest message to <paramref name="address"/> in the host's pickup folder.</summary>
    protected Task<MimeMessage> WaitForMailAsync(string address) =>
        MailPickup.WaitForAsync(Host.DataPath, address, TimeSpan.FromSeconds(30));

    /// <summary>
    /// The link in the newest message to <paramref name="address"/> whose path starts with <paramref name="path"/>
    /// (for example <c>/akun/konfirmasi</c>), returned from the path on so a page can open it against the host.
    /// </summary>
    protected async Task<string> WaitForMailLinkAsync(string address, string path) =>
        MailPickup.LinkStartingWith(
            await MailPickup.WaitForAsync(Host.DataPath, address, m => (m.TextBody ?? "").Contains(path, StringComparison.Ordinal), TimeSpan.FromSeconds(30)), path);
}
