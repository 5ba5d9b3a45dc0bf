using System.Globalization;
using Marketplace.Web.Features.Content;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Content;

public sealed class UploadFailureTextTests
{
    [Theory]
    [InlineData(UploadFailure.Empty, "kosong")]
    [InlineData(UploadFailure.TooLarge, "maksimum 2 MB")]
    [InlineData(UploadFailure.UnsupportedType, "bukan gambar")]
    public void Each_failure_has_an_indonesian_message(UploadFailure failure, string expected) =>
        Assert.Contains(expected, InCulture("id", () => Text().Describe(failure, 2 * 1024 * 1024)), StringComparison.Ordinal);

    [Fact]
    public void The_size_limit_reads_in_english_too() =>
        Assert.Equal("The file is too large. The maximum size is 1.5 MB.", InCulture("en", () => Text().Describe(UploadFailure.TooLarge, 3 * 512 * 1024)));

    [Fact]
    public void The_size_limit_uses_the_indonesian_decimal_comma() =>
        Assert.Contains("1,5 MB", InCulture("id", () => Text().Describe(UploadFailure.TooLarge, 3 * 512 * 1024)), StringComparison.Ordinal);

    // The culture belongs to the test thread, which xunit reuses: put it back.
    private static string InCulture(string name, Func<string> describe)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new(name);
        try
        {
            return describe();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static StringLocalizer<ContentText> Text() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
