namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>The flag form's fields, with an id prefix (one form per post on a thread page) and the messages beside them.</summary>
public sealed record FlagFieldsModel(string Prefix, FlagInput Input, string? ReasonError, string? NoteError);
