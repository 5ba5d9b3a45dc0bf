using Marketplace.Web.Features.Reviews;

namespace Marketplace.Tests.Reviews;

public sealed class ReviewChecksTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void A_rating_from_one_to_five_with_a_body_passes(int rating) =>
        Assert.Empty(ReviewChecks.Check(new ReviewInput { Rating = rating, Body = "Stabil." }));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_rating_outside_one_to_five_is_refused(int rating) =>
        Assert.Equal("Review.RatingRange", Assert.Single(ReviewChecks.Check(new ReviewInput { Rating = rating, Body = "Stabil." })).Key);

    [Fact]
    public void A_missing_rating_and_body_are_both_named()
    {
        var errors = ReviewChecks.Check(new ReviewInput { Body = "   " });

        Assert.Equal(["Body:Review.BodyRequired", "Rating:Review.RatingRequired"], errors.Select(e => $"{e.Field}:{e.Key}").Order());
    }

    [Fact]
    public void A_body_is_measured_without_its_surrounding_spaces()
    {
        Assert.Empty(ReviewChecks.Check(new ReviewInput { Rating = 4, Body = $"  {new string('x', ReviewRules.BodyMax)}  " }));
        Assert.Equal("Review.TooLong", Assert.Single(ReviewChecks.Check(new ReviewInput { Rating = 4, Body = new string('x', ReviewRules.BodyMax + 1) })).Key);
    }

    [Fact]
    public void Control_characters_are_refused_and_line_breaks_are_not()
    {
        Assert.Equal("Review.ControlCharacters", Assert.Single(ReviewChecks.Check(new ReviewInput { Rating = 4, Body = "a\u001bb" })).Key);
        Assert.Empty(ReviewChecks.Check(new ReviewInput { Rating = 4, Body = "Baris 1\r\nBaris 2" }));
    }

    [Fact]
    public void A_reply_is_required_and_bounded()
    {
        Assert.Equal("Review.ReplyRequired", Assert.Single(ReviewChecks.Check(new ReplyInput())).Key);
        Assert.Equal("Review.TooLong", Assert.Single(ReviewChecks.Check(new ReplyInput { Reply = new string('x', ReviewRules.BodyMax + 1) })).Key);
        Assert.Empty(ReviewChecks.Check(new ReplyInput { Reply = "Terima kasih." }));
    }
}
