using System.Globalization;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Statistics.Svg;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Statistics;

/// <summary>
/// /statistik: reuse over Indonesia on one page a director can project. Every picture is server-drawn SVG with a title,
/// a description and a data table beside it, so the page needs no script and reads without colour.
/// </summary>
public sealed class IndexModel(StatisticsService statistics, IStringLocalizer<StatisticsText> text) : PageModel
{
    /// <summary>The flow picture shows this many of the largest flows; the table under it lists the same ones.</summary>
    public const int TopFlows = 10;

    public StatisticsFigures Figures { get; private set; } = null!;

    public IReadOnlyList<ProvinceFlow> Flows { get; private set; } = [];

    public IHtmlContent TileMap { get; private set; } = HtmlString.Empty;

    public IHtmlContent FlowMap { get; private set; } = HtmlString.Empty;

    public IHtmlContent StateChart { get; private set; } = HtmlString.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture;
        Figures = await statistics.GetAsync(cancellationToken);
        Flows = [.. Figures.Flows.Take(TopFlows)];

        var provinces = Figures.RunningByProvince.Where(p => p.ProvinceCode is not null).ToList();
        var busiest = provinces.Where(p => p.Running > 0).OrderByDescending(p => p.Running).FirstOrDefault();
        TileMap = new HtmlString(TileMapSvg.Render(
            [.. provinces.Select(p => new TileValue(p.ProvinceCode!, p.ProvinceName ?? p.ProvinceCode!, p.Running))],
            text["Map.Title"],
            busiest is null ? text["Map.DescriptionEmpty"] : text["Map.Description", provinces.Count(p => p.Running > 0), busiest.ProvinceName!, busiest.Running],
            text["Map.Legend"],
            culture));

        FlowMap = new HtmlString(FlowSvg.Render(
            [.. Flows.Select(f => new FlowLine(Name(f.OriginName), Name(f.AdopterName), f.Open, text["Flow.Tooltip", Name(f.OriginName), Name(f.AdopterName), f.Open, f.Running]))],
            text["Flow.Title"],
            Flows.Count == 0 ? text["Flow.Empty"] : text["Flow.Description", Flows.Count, Name(Flows[0].OriginName), Name(Flows[0].AdopterName), Flows[0].Open],
            text["Flow.Origin"],
            text["Flow.Adopter"],
            text["Flow.Empty"],
            culture));

        StateChart = new HtmlString(BarChartSvg.Render(
            [.. Enum.GetValues<AdoptionState>().Select(s => new Bar(StateName(s), Figures.ByState[s]))],
            text["States.Title"],
            text["States.Description", Figures.Adoptions, Figures.Running],
            culture));
    }

    /// <summary>A province's name, or the words for national institutions (which belong to no province).</summary>
    public string Name(string? provinceName) => provinceName ?? text["National"];

    public string StateName(AdoptionState state) => text["State." + state];

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>
    /// An amount for a slide: "Rp 2,5 miliar" rather than thirteen digits. Rounded down to one decimal, so the estimate
    /// is never shown larger than it is; the exact amount stands beside it.
    /// </summary>
    public string ShortRupiah(long amount) =>
        Shorten(amount) is ({ } key, var value) ? text[key, value] : Catalog.Rupiah.Format(amount, CultureInfo.CurrentCulture);

    /// <summary>The StatisticsText key of the largest unit (juta, miliar, triliun) the amount reaches and the amount in it, or no key below a million.</summary>
    public static (string? Key, double Value) Shorten(long amount)
    {
        foreach (var (unit, key) in new[] { (1_000_000_000_000L, "Money.Trillion"), (1_000_000_000L, "Money.Billion"), (1_000_000L, "Money.Million") })
        {
            if (amount >= unit)
            {
                return (key, Math.Floor(amount * 10.0 / unit) / 10);
            }
        }

        return (null, amount);
    }
}
