namespace Marketplace.Web.Features.Forum;

/// <summary>Resource anchor for the forum's text (ForumText.id.resx, ForumText.en.resx): pages, API refusals and every error key of ForumChecks.</summary>
public sealed class ForumText;
