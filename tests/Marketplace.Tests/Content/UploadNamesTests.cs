using Marketplace.Web.Features.Content;

namespace Marketplace.Tests.Content;

public sealed class UploadNamesTests
{
    [Fact]
    public void Generated_names_are_valid_random_and_carry_the_sniffed_extension()
    {
        var first = UploadNames.New(ImageType.WebP);
        var second = UploadNames.New(ImageType.WebP);

        Assert.True(UploadNames.IsValid(first));
        Assert.NotEqual(first, second);
        Assert.Matches(@"^[0-9a-f]{32}\.webp$", first);
        Assert.Same(ImageType.WebP, UploadNames.TypeOf(first));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../appsettings.json")]
    [InlineData("..%2Fmarketplace.db")]
    [InlineData("marketplace.db")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcde.png")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.png")]
    [InlineData("0123456789abcdef0123456789abcdef.svg")]
    [InlineData("0123456789abcdef0123456789abcdef.png\n")]
    [InlineData("0123456789abcdef0123456789abcdef.png/..")]
    [InlineData(".tmp-0123456789abcdef0123456789abcdef")]
    public void Anything_else_is_not_a_stored_name(string name)
    {
        Assert.False(UploadNames.IsValid(name));
        Assert.Null(UploadNames.TypeOf(name));
    }
}
