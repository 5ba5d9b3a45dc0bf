using System.Globalization;

namespace Marketplace.Web.Features.Forum;

/// <summary>Dates as the forum shows them: day, month name, year and time in Western Indonesia time, in the page's language.</summary>
public static class ForumFormat
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static string When(DateTimeOffset at) => at.ToOffset(Wib).ToString("d MMMM yyyy HH.mm", CultureInfo.CurrentCulture) + " WIB";

    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
