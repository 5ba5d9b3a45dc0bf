namespace Marketplace.Web.Features.Reviews;

/// <summary>Resource anchor for verified reviews (ReviewsText.id.resx, ReviewsText.en.resx).</summary>
public sealed class ReviewsText;
