namespace Marketplace.Web.Features.Home;

/// <summary>Resource anchor for text shared by every page (layout, navigation, errors).</summary>
public sealed class SiteText;
