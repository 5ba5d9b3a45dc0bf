using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Forum;

/// <summary>A new thread: its title, first post and tags (comma-separated, as typed).</summary>
public sealed class ThreadInput
{
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.Body")]
    public string? Body { get; set; }

    [Display(Name = "Field.Tags")]
    public string? Tags { get; set; }
}

/// <summary>A reply (or an edit's new body), optionally answering one earlier post of the thread.</summary>
public sealed class PostInput
{
    [Display(Name = "Field.Body")]
    public string? Body { get; set; }

    public int? ReplyToPostId { get; set; }
}
