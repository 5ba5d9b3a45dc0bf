using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.BestPractices;

public sealed class ArticleRulesTests
{
    private static ArticleInput Valid() => new() { Title = "GRMS Jawa Tengah", Summary = "Ringkas.", Body = "Isi.", Publish = true };

    private static string Keys(IEnumerable<FieldError> errors) => string.Join(" ", errors.Select(e => $"{e.Field}:{e.Key}").Order());

    [Fact]
    public void A_complete_article_passes() => Assert.Empty(ArticleRules.Check(Valid()));

    [Fact]
    public void Blank_title_summary_and_body_are_each_named() =>
        Assert.Equal(
            "Body:Article.BodyRequired Summary:Article.SummaryRequired Title:Article.TitleRequired",
            Keys(ArticleRules.Check(new ArticleInput { Title = " ", Summary = "\n", Body = null })));

    [Fact]
    public void Each_text_has_its_limit()
    {
        var input = Valid();
        input.Title = new string('a', ArticleRules.TitleMax + 1);
        input.Summary = new string('a', ArticleRules.SummaryMax + 1);
        input.Body = new string('a', ArticleRules.BodyMax + 1);

        Assert.Equal("Body:Article.TooLong Summary:Article.TooLong Title:Article.TooLong", Keys(ArticleRules.Check(input)));
    }

    [Fact]
    public void A_draft_cannot_be_featured()
    {
        var input = Valid();
        input.Publish = false;
        input.Featured = true;

        Assert.Equal("Featured:Article.FeaturedNeedsPublish", Keys(ArticleRules.Check(input)));
    }

    [Fact]
    public void A_title_of_punctuation_only_cannot_make_an_address()
    {
        var input = Valid();
        input.Title = "— ! —";

        Assert.Equal("Title:Article.TitleNeedsLetters", Keys(ArticleRules.Check(input)));
    }

    [Fact]
    public void Too_many_links_are_refused()
    {
        var input = Valid();
        input.AppSlugs = string.Join(",", Enumerable.Range(0, ArticleRules.MaxLinks + 1).Select(i => $"app-{i}"));

        Assert.Equal("AppSlugs:Article.TooManyLinks", Keys(ArticleRules.Check(input)));
    }

    [Fact]
    public void Lists_typed_by_hand_split_on_commas_spaces_and_lines_without_duplicates() =>
        Assert.Equal(["a", "b", "c", "16.71"], ArticleRules.Split(" a, b\nc;a  16.71\r\n"));

    [Fact]
    public void A_new_address_avoids_taken_and_reserved_ones()
    {
        Assert.Equal("e-parkir-palembang", ArticleRules.SlugFor("e-Parkir Palembang", _ => false));
        Assert.Equal("e-parkir-palembang-3", ArticleRules.SlugFor("e-Parkir Palembang", s => s is "e-parkir-palembang" or "e-parkir-palembang-2"));
        Assert.Equal("tulis-2", ArticleRules.SlugFor("Tulis", _ => false));
        Assert.Equal("kurasi-2", ArticleRules.SlugFor("Kurasi!", _ => false));
    }

    [Fact]
    public void A_suffix_keeps_a_long_address_within_the_limit()
    {
        var title = string.Join(" ", Enumerable.Repeat("praktik", 20));

        var slug = ArticleRules.SlugFor(title, s => s.Length > 0 && !s.EndsWith("-2", StringComparison.Ordinal));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("-2", slug, StringComparison.Ordinal);
        Assert.True(Slugs.IsValid(slug));
    }
}
