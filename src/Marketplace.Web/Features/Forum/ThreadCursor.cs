using System.Globalization;

namespace Marketplace.Web.Features.Forum;

/// <summary>The board page's cursor: the last row's LastPostAt (UTC ticks) and id, "638700000000000000-42".</summary>
public static class ThreadCursor
{
    public static string Format(ForumThread thread) =>
        thread.LastPostAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "-" + thread.Id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? cursor, out DateTimeOffset at, out int id)
    {
        at = default;
        id = 0;
        var parts = cursor?.Split('-');
        if (parts is not [var ticks, var idText]
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            || utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        at = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }
}
