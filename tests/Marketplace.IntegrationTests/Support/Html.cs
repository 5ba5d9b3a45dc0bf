using System.Net;
using System.Text.RegularExpressions;

namespace Marketplace.IntegrationTests.Support;

public static partial class Html
{
    public static async Task<string> GetPageAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public static string Lang(string html) => LangPattern().Match(html) is { Success: true } m ? m.Groups["lang"].Value : "";

    /// <summary>The hrefs of the page's stylesheets, as the browser would fetch them.</summary>
    public static IReadOnlyList<string> Stylesheets(string html) =>
        StylesheetPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();

    /// <summary>
    /// The asset's address as written in the source: without the fingerprint that static assets put in the file name
    /// (site.bp23wtw1mv.css) and without a version query.
    /// </summary>
    public static string Unversioned(string href) => FingerprintPattern().Replace(href.Split('?')[0], "$1");

    public static IReadOnlyList<string> ScriptSources(string html) =>
        ScriptPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["src"].Value)).ToList();

    [GeneratedRegex("""<html\b[^>]*\blang="(?<lang>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex LangPattern();

    [GeneratedRegex("""<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(?<href>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetPattern();

    [GeneratedRegex("""\.[a-z0-9]{10}(\.[a-z]+)$""")]
    private static partial Regex FingerprintPattern();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<src>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();
}
