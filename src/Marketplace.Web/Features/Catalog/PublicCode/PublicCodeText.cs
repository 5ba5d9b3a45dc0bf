namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Resource anchor for the publiccode.yml validator, import and export (PublicCodeText.id.resx, PublicCodeText.en.resx).</summary>
public sealed class PublicCodeText;
