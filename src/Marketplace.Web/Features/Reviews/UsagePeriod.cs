namespace Marketplace.Web.Features.Reviews;

/// <summary>How long a region has run (or ran) an application: whole months, as a review shows it.</summary>
public static class UsagePeriod
{
    public static int Months(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from.UtcDateTime;
        var end = to.UtcDateTime;
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        if (end.Day < start.Day || (end.Day == start.Day && end.TimeOfDay < start.TimeOfDay))
        {
            months--;
        }

        return Math.Max(0, months);
    }
}
