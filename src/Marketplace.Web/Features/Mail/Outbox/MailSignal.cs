using Marketplace.Web.Features.Shared;

namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>Wakes this node's mail sender when a message or a notification is stored here.</summary>
public sealed class MailSignal : WakeSignal;
