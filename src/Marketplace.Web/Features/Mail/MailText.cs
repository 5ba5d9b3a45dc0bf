namespace Marketplace.Web.Features.Mail;

/// <summary>Resource anchor for the mail administration page.</summary>
public sealed class MailText;
