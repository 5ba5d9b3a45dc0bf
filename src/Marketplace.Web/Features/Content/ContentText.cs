namespace Marketplace.Web.Features.Content;

/// <summary>Resource anchor for the content feature's text (ContentText.id.resx, ContentText.en.resx).</summary>
public sealed class ContentText;
