namespace Marketplace.Web.Features.BestPractices;

/// <summary>Resource anchor for the Praktik Baik text (BestPracticesText.id.resx, BestPracticesText.en.resx).</summary>
public sealed class BestPracticesText;
