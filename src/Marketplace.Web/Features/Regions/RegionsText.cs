namespace Marketplace.Web.Features.Regions;

/// <summary>Resource anchor for the region pages and the region API's messages.</summary>
public sealed class RegionsText;
