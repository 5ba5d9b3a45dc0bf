namespace Marketplace.Web.Features.Search;

/// <summary>Resource anchor for the search pages' text (SearchText.id.resx, SearchText.en.resx).</summary>
public sealed class SearchText;
