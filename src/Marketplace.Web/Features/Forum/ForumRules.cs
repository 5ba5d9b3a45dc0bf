namespace Marketplace.Web.Features.Forum;

/// <summary>The forum's limits, shared by the database configuration, the checks, the pages and the API.</summary>
public static class ForumRules
{
    public const int BodyMax = 20_000;
    public const int TitleMin = 5;
    public const int TitleMax = 200;
    public const int TagMax = 30;
    public const int TagsMax = 5;
    public const int SlugMax = 100;
    public const int NameMax = 200;
    public const int DescriptionMax = 1000;
    public const int PostsPerPage = 20;
    public const int ThreadsPerPage = 30;
    public const int HiddenReasonMax = 500;
}
