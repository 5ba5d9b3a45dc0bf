using System.Net;
using Lucene.Net.Analysis;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>Cuts the snippet of a hit from its stored summary and body.</summary>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int Length = 200;

    private readonly Analyzer _analyzer = analyzer;

    public string Build(string summary, string body, IReadOnlySet<string> terms)
    {
        var text = string.IsNullOrEmpty(summary) ? body : summary + " " + body;
        var cut = text.Length <= Length ? text : text[..Length] + "…";
        return WebUtility.HtmlEncode(cut);
    }
}
