using Marketplace.Web.Features.Reviews;

namespace Marketplace.Tests.Reviews;

public sealed class StarsTests
{
    [Theory]
    [InlineData(4, "★★★★☆")]
    [InlineData(0, "☆☆☆☆☆")]
    [InlineData(9, "★★★★★")]
    public void Stars_show_the_rating_and_its_complement_within_five(int rating, string stars) => Assert.Equal(stars, Stars.Of(rating));
}
