namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>Resource anchor for the recommendations' text (RecommendationText.id.resx, .en.resx): pages, states, refusals and check messages.</summary>
public sealed class RecommendationText;
