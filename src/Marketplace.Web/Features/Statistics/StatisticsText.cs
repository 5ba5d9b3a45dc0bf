namespace Marketplace.Web.Features.Statistics;

/// <summary>Resource anchor for the statistics page's text (StatisticsText.id.resx, StatisticsText.en.resx).</summary>
public sealed class StatisticsText;
