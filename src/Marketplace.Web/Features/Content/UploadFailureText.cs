using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Content;

/// <summary>Words an <see cref="UploadFailure"/> for the person who uploaded, in the request's language.</summary>
public static class UploadFailureText
{
    public static string Describe(this IStringLocalizer<ContentText> text, UploadFailure failure, long maxImageBytes) => failure switch
    {
        UploadFailure.Empty => text["Upload.Empty"],
        UploadFailure.TooLarge => text["Upload.TooLarge", Megabytes(maxImageBytes)],
        UploadFailure.UnsupportedType => text["Upload.UnsupportedType"],
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };

    private static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture) + " MB";
}
