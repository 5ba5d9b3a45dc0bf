namespace Marketplace.Web.Features.Admin;

/// <summary>Resource anchor for the administration pages' text.</summary>
public sealed class AdminText;
