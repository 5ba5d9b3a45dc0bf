using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Support;

/// <summary>The account pages driven over HTTP the way a browser without JavaScript drives them.</summary>
public static partial class AccountFlows
{
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = TestAccounts.Password) =>
        SubmitPageAsync(client, "/akun/masuk", ("Input.Email", email), ("Input.Password", password));

    /// <summary>Signs in an account that has two-factor on: password, then the current code of <paramref name="authenticatorKey"/>.</summary>
    public static async Task SignInWithCodeAsync(HttpClient client, string email, string authenticatorKey)
    {
        using var password = await LoginAsync(client, email);
        Assert.StartsWith("/akun/masuk/2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var code = await SubmitPageAsync(client, "/akun/masuk/2fa", ("Code", TestAccounts.TotpCode(authenticatorKey)));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string region = "61.72", string password = TestAccounts.Password, string name = "Andi Pratama") =>
        SubmitPageAsync(client, "/akun/daftar",
            ("Input.FullName", name), ("Input.Email", email), ("Input.RegionCode", region),
            ("Input.Password", password), ("Input.ConfirmPassword", password));

    /// <summary>Posts a page's own form (the forms of one response share one antiforgery token).</summary>
    public static async Task<HttpResponseMessage> SubmitPageAsync(HttpClient client, string page, params (string Name, string Value)[] fields)
    {
        var token = await Forms.GetAntiforgeryAsync(client, page);
        return await Forms.PostAsync(client, page, [.. fields, ("__RequestVerificationToken", token)]);
    }

    /// <summary>The validation messages a page shows next to its fields and in its summary.</summary>
    public static IReadOnlyList<string> Errors(string html) =>
        FieldErrorPattern().Matches(html).Concat(SummaryPattern().Matches(SummaryBlock(html)))
            .Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim())).Where(t => t.Length > 0).ToList();

    private static string SummaryBlock(string html) => SummaryBlockPattern().Match(html).Value;

    /// <summary>The key shown on the authenticator setup page.</summary>
    public static string AuthenticatorKey(string html) => WebUtility.HtmlDecode(KeyPattern().Match(html).Groups["key"].Value);

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        CodePattern().Matches(html).Select(m => m.Groups["code"].Value).ToList();

    public static async Task<string> ReadAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [GeneratedRegex("""<span\b[^>]*\bclass="field-error[^"]*"[^>]*>(?<text>[^<]*)</span>""")]
    private static partial Regex FieldErrorPattern();

    [GeneratedRegex("""<div class="[^"]*validation-summary-errors[^"]*"[^>]*>.*?</div>""", RegexOptions.Singleline)]
    private static partial Regex SummaryBlockPattern();

    [GeneratedRegex("""<li>(?<text>[^<]*)</li>""")]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("""id="kunci-autentikator">(?<key>[^<]+)<""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""<li><code>(?<code>[^<]+)</code></li>""")]
    private static partial Regex CodePattern();
}
