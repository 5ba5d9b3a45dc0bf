namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Resource anchor for moderation's text (ModerationText.id.resx, ModerationText.en.resx): flags, the queue, suspensions and the log.</summary>
public sealed class ModerationText;
