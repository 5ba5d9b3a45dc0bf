using System.Globalization;
using System.Text;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>One all-day entry of a calendar: a milestone's due date.</summary>
public sealed record CalendarDay(string Uid, DateOnly Date, string Summary, string? Description, string? Category);

/// <summary>
/// Writes an iCalendar file (RFC 5545) of all-day events, so a region can put its work plan into the calendar it already
/// uses. Text values are escaped (backslash, semicolon, comma, newline), lines are folded at 75 octets without splitting
/// a UTF-8 character, and every line ends with CRLF, as calendar clients expect.
/// </summary>
public sealed class CalendarWriter
{
    /// <summary>RFC 5545 §3.1: lines should not be longer than 75 octets, excluding the line break.</summary>
    public const int MaxLineOctets = 75;

    private readonly StringBuilder _output = new();
    private readonly DateTimeOffset _stamp;
    private bool _finished;

    public CalendarWriter(string productId, string name, DateTimeOffset stamp)
    {
        _stamp = stamp;
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:" + productId);
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
    }

    public void Add(CalendarDay day)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The calendar is already finished.");
        }

        Line("BEGIN:VEVENT");
        Line("UID:" + day.Uid);
        Line("DTSTAMP:" + _stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line("DTSTART;VALUE=DATE:" + Date(day.Date));

        // The end of an all-day event is exclusive: the next day.
        Line("DTEND;VALUE=DATE:" + Date(day.Date.AddDays(1)));
        Line("SUMMARY:" + Escape(day.Summary));
        if (!string.IsNullOrWhiteSpace(day.Description))
        {
            Line("DESCRIPTION:" + Escape(day.Description));
        }

        if (!string.IsNullOrWhiteSpace(day.Category))
        {
            Line("CATEGORIES:" + Escape(day.Category));
        }

        Line("TRANSP:TRANSPARENT");
        Line("END:VEVENT");
    }

    /// <summary>Closes the calendar and returns its text; the writer takes no more events.</summary>
    public string Finish()
    {
        if (!_finished)
        {
            Line("END:VCALENDAR");
            _finished = true;
        }

        return _output.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11). Control characters other than tab and line breaks are dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                default:
                    if (c == '\t' || !char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Folds a content line (RFC 5545 §3.1): no physical line exceeds 75 octets of UTF-8; each continuation starts with
    /// one space, which counts towards its 75. A character (a surrogate pair included) is never split.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }

    private void Line(string content) => _output.Append(Fold(content)).Append("\r\n");

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
