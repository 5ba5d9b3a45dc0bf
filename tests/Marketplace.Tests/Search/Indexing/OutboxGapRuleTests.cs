using Marketplace.Web.Features.Search.Indexing;

namespace Marketplace.Tests.Search.Indexing;

public sealed class OutboxGapRuleTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _grace = TimeSpan.FromSeconds(30);

    private static OutboxRow Row(long id, double secondsAgo = 1) => new(id, "app:" + id, _now.AddSeconds(-secondsAgo));

    [Fact]
    public void Consecutive_rows_are_all_taken()
    {
        var rule = new OutboxGapRule(_grace);

        Assert.Equal((3, 13L), rule.Advance(10, [Row(11), Row(12), Row(13)], _now));
        Assert.Null(rule.WaitingFor);
    }

    [Fact]
    public void A_fresh_hole_stops_the_indexer_before_it()
    {
        var rule = new OutboxGapRule(_grace);

        // 12 was taken by a transaction that has not committed yet: 13 must wait, or 12 would be skipped for good.
        Assert.Equal((1, 11L), rule.Advance(10, [Row(11), Row(13), Row(14)], _now));
        Assert.Equal(12, rule.WaitingFor);
    }

    [Fact]
    public void A_hole_before_the_first_row_also_waits()
    {
        var rule = new OutboxGapRule(_grace);

        Assert.Equal((0, 10L), rule.Advance(10, [Row(12)], _now));
    }

    [Fact]
    public void A_hole_is_passed_once_the_row_after_it_is_older_than_the_grace()
    {
        var rule = new OutboxGapRule(_grace);

        // A transaction that took 12 before 13 was enqueued 31 s ago and still has not committed: taken as rolled back.
        Assert.Equal((3, 14L), rule.Advance(10, [Row(11), Row(13, secondsAgo: 31), Row(14)], _now));
        Assert.Null(rule.WaitingFor);
    }

    [Fact]
    public void A_hole_is_passed_once_this_indexer_has_waited_the_grace_whatever_the_clocks_say()
    {
        var rule = new OutboxGapRule(_grace);
        Assert.Equal((0, 10L), rule.Advance(10, [Row(12, secondsAgo: -120)], _now));
        Assert.Equal((0, 10L), rule.Advance(10, [Row(12, secondsAgo: -120)], _now.AddSeconds(29)));

        Assert.Equal((1, 12L), rule.Advance(10, [Row(12, secondsAgo: -120)], _now.AddSeconds(30)));
    }

    [Fact]
    public void A_hole_that_fills_is_read_in_order()
    {
        var rule = new OutboxGapRule(_grace);
        Assert.Equal((1, 11L), rule.Advance(10, [Row(11), Row(13)], _now));

        Assert.Equal((3, 14L), rule.Advance(11, [Row(12), Row(13), Row(14)], _now.AddSeconds(1)));
        Assert.Null(rule.WaitingFor);
    }

    [Fact]
    public void Waiting_for_a_new_hole_starts_its_own_clock()
    {
        var rule = new OutboxGapRule(_grace);
        Assert.Equal((0, 10L), rule.Advance(10, [Row(12, secondsAgo: 0)], _now));
        Assert.Equal((1, 12L), rule.Advance(10, [Row(12, secondsAgo: 0)], _now.AddSeconds(30)));

        Assert.Equal((0, 12L), rule.Advance(12, [Row(20, secondsAgo: -31)], _now.AddSeconds(31)));
        Assert.Equal(13, rule.WaitingFor);
    }

    [Fact]
    public void No_rows_change_nothing()
    {
        Assert.Equal((0, 7L), new OutboxGapRule(_grace).Advance(7, [], _now));
    }
}
