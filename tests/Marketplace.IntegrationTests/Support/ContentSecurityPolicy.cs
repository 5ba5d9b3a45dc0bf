namespace Marketplace.IntegrationTests.Support;

public static class ContentSecurityPolicy
{
    /// <summary>The sources of one directive of a Content-Security-Policy header; null when the directive is absent.</summary>
    public static IReadOnlyList<string>? Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(d => d[0] == name)?[1..];
}
