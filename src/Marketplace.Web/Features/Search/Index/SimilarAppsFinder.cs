using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// "Aplikasi serupa": MoreLikeThis over the name, summary and description of an application (a draft being written or
/// an existing one), analyzed like the index. Descriptions are short, so a word counts from its first occurrence and
/// from its first document; words in more than 40 % of documents (of a catalog of 50 or more) ("aplikasi", "daerah") are ignored, which leaves the
/// rare shared words (QRIS, juru parkir, disposisi) that mark a twin. Only published (public) applications are
/// compared: the warning is about what already exists for everyone.
/// </summary>
internal sealed class SimilarAppsFinder(Analyzer analyzer)
{
    public const int MaxResults = 50;

    private const int _minMaxDocFreq = 20;

    private static readonly string[] _fields = [SearchFields.Title, SearchFields.Summary, SearchFields.Body];

    public IReadOnlyList<SimilarApp> Find(IndexSearcher searcher, SimilarAppsRequest request, int maxTextLength)
    {
        var text = string.Join('\n', request.Name, request.Summary, request.Description);
        if (text.Length > maxTextLength)
        {
            text = text[..maxTextLength];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var moreLikeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = _fields,
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 2,
            MaxQueryTerms = 30,
            ApplyBoost = true,
        };
        // A young catalog has few applications: there a word in 40 % of them may still be what they share.
        moreLikeThis.MaxDocFreq = Math.Max(_minMaxDocFreq, searcher.IndexReader.NumDocs * 40 / 100);
        using var reader = new StringReader(text);
        var like = moreLikeThis.Like(reader, SearchFields.Body);
        if (like is BooleanQuery { Clauses.Count: 0 })
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true)
        {
            { like, Occur.MUST },
            { SearchFilterSet.Unscored(new TermQuery(new Term(SearchFields.Type, SearchKeys.Name(SearchType.App)))), Occur.MUST },
            { SearchFilterSet.Unscored(new TermQuery(new Term(SearchFields.Access, SearchAccess.Public))), Occur.MUST },
        };
        if (!string.IsNullOrEmpty(request.ExcludeAppId))
        {
            query.Add(new TermQuery(new Term(SearchFields.Key, SearchKeys.For(SearchType.App, request.ExcludeAppId))), Occur.MUST_NOT);
        }

        var top = searcher.Search(query, Math.Clamp(request.Max, 1, MaxResults));
        return [.. top.ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            return new SimilarApp(
                document.Get(SearchFields.Id) ?? "",
                document.Get(SearchFields.Title) ?? "",
                document.Get(SearchFields.Url) ?? "",
                document.Get(SearchFields.Region),
                document.Get(SearchFields.RegionName),
                hit.Score);
        })];
    }
}
