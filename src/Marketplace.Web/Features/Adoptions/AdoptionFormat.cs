using System.Globalization;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Dates and times as the adoption pages show them, in the user's language. Times are stored in UTC and shown in UTC,
/// saying so: Indonesia spans three time zones and a region is not a time zone setting.
/// </summary>
public static class AdoptionFormat
{
    /// <summary>"30 September 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateTimeOffset moment) => Day(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>"30 September 2026 14.05 UTC" (the time separator follows the language).</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>The date a page counts "overdue" from.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
