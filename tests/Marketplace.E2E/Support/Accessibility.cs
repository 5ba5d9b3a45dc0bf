using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Marketplace.E2E.Support;

/// <summary>axe-core over the page as it is now, limited to WCAG 2.1 level A and AA (what the design promises).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with every violation's rule, help text and failing elements, so that the report says what to fix.</summary>
    /// <remarks>axe runs as script in the page: in a context with JavaScript disabled it never answers, hence the time limit.</remarks>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        AxeResult result;
        try
        {
            result = await page.RunAxe(WcagAA).WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new XunitException($"axe did not answer on {page.Url} within 60 s (is JavaScript disabled in this context?).");
        }

        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {page.Url}:\n");
        foreach (var violation in result.Violations)
        {
            report.Append($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>\n");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                report.Append($"    at {node.Target} {node.Html}\n      {string.Join("; ", checks)}\n");
            }
        }

        throw new XunitException(report.ToString());
    }
}
