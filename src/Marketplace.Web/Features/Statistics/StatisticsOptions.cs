using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Statistics;

/// <summary>The <c>Statistics</c> configuration section.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Statistics";

    /// <summary>
    /// How long computed figures are reused. The figures are a handful of grouped queries, so this only spares a busy
    /// database; 0 computes on every request (the tests that check exact numbers use that).
    /// </summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 60;
}
