using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>Whatever a person (or a bot) types, the answer is a result, never an exception; the text is never Lucene syntax.</summary>
public sealed class SearchInputRobustnessTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public SearchInputRobustnessTests() =>
        _temp.AddAsync(App("1", "e-Parkir Palembang", body: "Retribusi parkir non-tunai"), App("2", "Sistem informasi kepegawaian")).GetAwaiter().GetResult();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Garbage => new()
    {
        "\"",
        "\"\"",
        "\"parkir",
        "parkir\"",
        "\"e-parkir\" \"",
        "(",
        "parkir)",
        "*:*",
        "title:parkir",
        "parkir~",
        "parkir~2",
        "parkir^10",
        "\\",
        "parkir\\",
        "+parkir -sistem",
        "parkir AND OR NOT",
        "[a TO z]",
        "{}",
        "/regex.*/",
        "?",
        "*",
        "&& || !",
        "...,,,;;;",
        "😀🚗🅿️",
        "پارکینگ",
        "חניה אלקטרונית",
        "\u0000\u0001\u200b",
        "e-",
        "-e",
        "e--parkir",
        "yang dan di",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("parkir ", 2_000)),
        string.Concat(Enumerable.Repeat("\"parkir ", 500)),
        "\r\n\t",
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Any_text_gives_a_defined_answer(string text)
    {
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var results = _temp.Index.Search(new SearchRequest { Text = text, Sort = sort });

            Assert.NotNull(results.Hits);
            Assert.True(results.Total >= results.Hits.Count);
            Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Lucene_syntax_is_read_as_words()
    {
        Assert.Equal(["1"], _temp.Index.Search(new SearchRequest { Text = "title:parkir" }).Hits.Select(h => h.Id));
        // No words at all: the same as an empty box (browse), not "match all" by syntax.
        Assert.Equal(2, _temp.Index.Search(new SearchRequest { Text = "*:*" }).Total);
        Assert.Equal(0, _temp.Index.Search(new SearchRequest { Text = "parkir -retribusi NOT e-parkir" }).Hits.Count(h => h.Id == "2"));
    }

    [Fact]
    public void Only_stop_words_find_nothing_rather_than_everything() =>
        Assert.Equal(0, _temp.Index.Search(new SearchRequest { Text = "yang dan di" }).Total);

    [Fact]
    public void An_unbalanced_quote_is_ignored_and_the_words_still_count() =>
        Assert.Equal(["1"], _temp.Index.Search(new SearchRequest { Text = "\"retribusi parkir" }).Hits.Select(h => h.Id));

    [Fact]
    public void Text_past_the_maximum_length_is_ignored()
    {
        var text = new string('x', 600) + " parkir";

        Assert.Equal(0, _temp.Index.Search(new SearchRequest { Text = text }).Total);
    }

    [Fact]
    public void Unknown_filter_values_and_a_null_text_find_nothing_without_error()
    {
        Assert.Equal(0, _temp.Index.Search(new SearchRequest { Text = "parkir", Province = "\"*:*", Region = "(" }).Total);
        Assert.Equal(2, _temp.Index.Search(new SearchRequest { Text = null! }).Total);
    }
}
