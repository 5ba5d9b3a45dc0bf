namespace Marketplace.Web.Features.Catalog;

/// <summary>Resource anchor for the catalog's text (CatalogText.id.resx, CatalogText.en.resx).</summary>
public sealed class CatalogText;
