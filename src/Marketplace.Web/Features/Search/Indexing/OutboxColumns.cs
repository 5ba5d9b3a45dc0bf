namespace Marketplace.Web.Features.Search.Indexing;


internal static class OutboxColumns
{
    public static readonly string[] App =
        ["Name", "Slug", "Summary", "Description", "OwnerRegionCode", "OwnerProvinceCode", "License", "Maturity", "Status",
         "ServiceDomain", "SpbeClass", "Curation", "UpdatedAt", "PublishedAt"];

    /// <summary>What a release's document takes from its application (title, address, owner, who may see it).</summary>
    public static readonly string[] AppInRelease = ["Name", "Slug", "Status", "OwnerRegionCode"];

    public static readonly string[] Region = ["Name", "Kind", "ParentCode"];

    public static readonly string[] Thread = ["Title", "BoardId", "DeletedAt"];

    public static readonly string[] Post = ["Body", "Number", "ThreadId", "DeletedAt", "HiddenAt", "EditedAt"];

    /// <summary>Everything that exists when the outbox is created, so an upgraded database gets indexed (regions first: they are few).</summary>
    public static readonly (string Key, string From)[] Backfill =
    [
        ("'region:' || \"Code\"", "\"Regions\" ORDER BY \"Code\""),
        ("'app:' || \"Id\"", "\"Apps\" ORDER BY \"Id\""),
        ("'release:' || \"Id\"", "\"Releases\" ORDER BY \"Id\""),
        ("'practice:' || \"Id\"", "\"BestPracticeArticles\" ORDER BY \"Id\""),
        ("'thread:' || \"Id\"", "\"ForumThreads\" ORDER BY \"Id\""),
        ("'post:' || \"Id\"", "\"ForumPosts\" WHERE \"Number\" > 1 ORDER BY \"Id\""),
    ];
}
