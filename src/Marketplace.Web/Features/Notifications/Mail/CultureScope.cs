using System.Globalization;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>Runs code in the recipient's language: the localizers read the current UI culture.</summary>
internal static class CultureScope
{
    public static T Run<T>(string culture, Func<T> render)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(MailRecipient.CultureOf(culture));
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
