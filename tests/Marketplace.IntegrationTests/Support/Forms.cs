using System.Net;
using System.Text.RegularExpressions;

namespace Marketplace.IntegrationTests.Support;

/// <summary>Posts forms the way a browser does: with the antiforgery token of the page and the cookie that came with it.</summary>
public static partial class Forms
{
    /// <summary>
    /// GETs <paramref name="url"/> and returns the antiforgery token of its form posting to <paramref name="action"/>
    /// (any form when null); the client keeps the matching cookie.
    /// </summary>
    public static async Task<string> GetAntiforgeryAsync(HttpClient client, string url, string? action = null)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (Match form in FormPattern().Matches(html))
        {
            // A GET form (the header's search box) carries no token and is never the form a test posts.
            if (GetMethodPattern().IsMatch(form.Groups["open"].Value))
            {
                continue;
            }

            if (action is not null && !form.Groups["open"].Value.Contains($"action=\"{action}\"", StringComparison.Ordinal))
            {
                continue;
            }

            var token = TokenPattern().Match(form.Groups["body"].Value);
            Assert.True(token.Success, $"The form posting to {action} on {url} has no antiforgery token:\n{form.Value}");
            return WebUtility.HtmlDecode(token.Groups["value"].Value);
        }

        throw new Xunit.Sdk.XunitException($"{url} has no form posting to {action}.");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, params (string Name, string Value)[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>GETs the form's page for a token, then posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var token = await GetAntiforgeryAsync(client, page, action);
        return await PostAsync(client, action, [.. fields, ("__RequestVerificationToken", token)]);
    }

    [GeneratedRegex("""\bmethod="get"(?=[\s/>])""", RegexOptions.IgnoreCase)]
    private static partial Regex GetMethodPattern();

    [GeneratedRegex("""(?<open><form\b[^>]*>)(?<body>.*?)</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("""<input\b(?=[^>]*\bname="__RequestVerificationToken")[^>]*\bvalue="(?<value>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex TokenPattern();
}
