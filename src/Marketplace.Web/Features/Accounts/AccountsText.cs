namespace Marketplace.Web.Features.Accounts;

/// <summary>Resource anchor for the accounts feature's text (AccountsText.id.resx, AccountsText.en.resx).</summary>
public sealed class AccountsText;
