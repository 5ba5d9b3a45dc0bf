using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Search.Indexing;

// What the document source reads of each searchable row, projected in SQL so no entity is tracked or loaded whole.

public sealed record AppRow(
    int Id, string Slug, string Name, string Summary, string Description, string OwnerRegionCode, string License,
    Maturity Maturity, AppStatus Status, DateTimeOffset UpdatedAt);

public sealed record ReleaseRow(
    int Id, string Version, string Notes, DateTimeOffset CreatedAt, string AppSlug, string AppName, string OwnerRegionCode, AppStatus AppStatus);

public sealed record ThreadSourceRow(
    int Id, string Title, string AuthorRegionCode, DateTimeOffset CreatedAt, BoardReadAccess ReadAccess, string? FirstPostBody);

public sealed record PostRow(
    int Id, int ThreadId, int Number, string Body, string AuthorRegionCode, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    string ThreadTitle, BoardReadAccess ReadAccess);

public sealed record PracticeRow(
    int Id, string Slug, string Title, string Summary, string Body, DateTimeOffset UpdatedAt, string? RegionCode);

public sealed record RegionRow(string Code, string Name, RegionKind Kind, string? ParentCode);
