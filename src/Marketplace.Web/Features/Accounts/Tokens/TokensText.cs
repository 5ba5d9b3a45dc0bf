namespace Marketplace.Web.Features.Accounts.Tokens;

/// <summary>Resource anchor for the personal access token pages (TokensText.id.resx, TokensText.en.resx).</summary>
public sealed class TokensText;
