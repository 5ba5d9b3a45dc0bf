namespace Marketplace.Web.Features.Setup;

/// <summary>Resource anchor for the setup page's text.</summary>
public sealed class SetupText;
