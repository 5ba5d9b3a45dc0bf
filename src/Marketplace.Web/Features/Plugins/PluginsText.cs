using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Plugins;

/// <summary>Resource anchor for the modules' pages and messages.</summary>
public sealed class PluginsText;

public static class PluginsTextExtensions
{
    /// <summary>A problem in the reader's language; a problem given as an argument (the cause of a fault) is described too.</summary>
    public static string Describe(this IStringLocalizer<PluginsText> text, PackageProblem problem) =>
        text[problem.Key, [.. problem.Arguments.Select(a => a is PackageProblem inner ? Describe(text, inner) : a)]].Value;
}
