using System.Globalization;

namespace Marketplace.Web.Features.Mail;

/// <summary>The language of a message: the recipient's, "en" or "id" (the site's first language, and the default).</summary>
public static class MailCulture
{
    public static string Of(string? preferred) => preferred is "en" ? "en" : "id";

    /// <summary>Runs <paramref name="render"/> in the recipient's language: the localizers read the current UI culture.</summary>
    public static T Run<T>(string? culture, Func<T> render)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(Of(culture));
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (wanted, wanted);
        try
        {
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
