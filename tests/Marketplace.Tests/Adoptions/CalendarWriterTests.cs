using System.Text;
using Marketplace.Web.Features.Adoptions;

namespace Marketplace.Tests.Adoptions;

public sealed class CalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 22, 7, 5, 9, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(@"C:\data", @"C:\\data")]
    [InlineData("a;b,c", @"a\;b\,c")]
    [InlineData("baris satu\nbaris dua", @"baris satu\nbaris dua")]
    [InlineData("windows\r\nline", @"windows\nline")]
    [InlineData("old mac\rline", @"old mac\nline")]
    [InlineData("tab\tstays", "tab\tstays")]
    [InlineData("bell\u0007gone", "bellgone")]
    [InlineData("colon: and \"quotes\" stay", "colon: and \"quotes\" stay")]
    public void Text_values_are_escaped(string text, string expected) => Assert.Equal(expected, CalendarWriter.Escape(text));

    [Fact]
    public void A_line_of_75_octets_is_not_folded_and_one_more_is()
    {
        var exact = "SUMMARY:" + new string('a', 67);
        var longer = exact + "b";

        Assert.Equal(exact, CalendarWriter.Fold(exact));
        Assert.Equal(exact + "\r\n b", CalendarWriter.Fold(longer));
    }

    [Fact]
    public void Folding_counts_octets_and_never_splits_a_multi_byte_character()
    {
        // "é" is 2 octets, "€" 3, the emoji 4 (a surrogate pair in .NET): each must stay whole on one physical line.
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("é€😀 ", 40));

        var folded = CalendarWriter.Fold(line);

        var physical = folded.Split("\r\n");
        Assert.True(physical.Length > 1);
        Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= CalendarWriter.MaxLineOctets, $"{Encoding.UTF8.GetByteCount(p)} octets: {p}"));
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p, StringComparison.Ordinal));
        Assert.All(physical, p => Assert.DoesNotContain('\uFFFD', p));
        Assert.All(physical, p => Assert.False(char.IsHighSurrogate(p[^1]), "A surrogate pair was split."));
        Assert.Equal(line, folded.Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_line_ends_with_CRLF_and_events_are_all_day()
    {
        var calendar = new CalendarWriter("-//Uji//ID", "Rencana", Stamp);
        calendar.Add(new CalendarDay("langkah-1@uji", new DateOnly(2026, 12, 31), "Go-live; tahap 1, selesai", "Baris\nkedua", "Go-live"));

        var text = calendar.Finish();

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Equal(
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Uji//ID", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Rencana",
                "BEGIN:VEVENT", "UID:langkah-1@uji", "DTSTAMP:20261122T000509Z", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101",
                @"SUMMARY:Go-live\; tahap 1\, selesai", @"DESCRIPTION:Baris\nkedua", "CATEGORIES:Go-live", "TRANSP:TRANSPARENT", "END:VEVENT",
                "END:VCALENDAR", "",
            ],
            lines);
    }

    [Fact]
    public void Empty_descriptions_are_left_out_and_a_finished_calendar_takes_no_more_events()
    {
        var calendar = new CalendarWriter("-//Uji//ID", "Rencana", Stamp);
        calendar.Add(new CalendarDay("x@uji", new DateOnly(2026, 1, 1), "Langkah", "  ", null));

        var text = calendar.Finish();

        Assert.DoesNotContain("DESCRIPTION", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CATEGORIES", text, StringComparison.Ordinal);
        Assert.Equal(text, calendar.Finish());
        Assert.Throws<InvalidOperationException>(() => calendar.Add(new CalendarDay("y@uji", new DateOnly(2026, 1, 2), "Lagi", null, null)));
    }

    [Fact]
    public void Long_escaped_text_folds_after_escaping()
    {
        var calendar = new CalendarWriter("-//Uji//ID", "Rencana", Stamp);
        var summary = string.Concat(Enumerable.Repeat("Migrasi data, uji; ", 10));
        calendar.Add(new CalendarDay("z@uji", new DateOnly(2026, 1, 1), summary, null, null));

        var unfolded = calendar.Finish().Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.Contains("SUMMARY:" + CalendarWriter.Escape(summary) + "\r\n", unfolded, StringComparison.Ordinal);
    }
}
