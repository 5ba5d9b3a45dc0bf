using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// Turns rows into documents: Markdown to plain text, region names and provinces, the address the site really serves the
/// thing at, and who may see it. Only rows meant to be searchable reach it (the source filters the rest out in SQL).
/// </summary>
public sealed class SearchDocumentFactory(IMarkdownRenderer markdown, Func<string, string?> regionName)
{
    // Long enough for any body the forms accept (posts 20,000, articles more); PlainText only needs a bound.
    private const int MaxBody = 200_000;

    public SearchDocument App(AppRow app, IReadOnlyList<string> categories) => new()
    {
        Type = SearchType.App,
        Id = Id(app.Id),
        Title = app.Name,
        Summary = app.Summary,
        Body = Plain(app.Description),
        Url = "/katalog/" + app.Slug,
        RegionCode = app.OwnerRegionCode,
        RegionName = regionName(app.OwnerRegionCode),
        ProvinceCode = ProvinceOf(app.OwnerRegionCode),
        Categories = categories,
        License = app.License.Length == 0 ? null : app.License,
        Maturity = app.Maturity.ToString().ToLowerInvariant(),
        Date = app.UpdatedAt,
        Access = AppAccess(app.Status, app.OwnerRegionCode),
    };

    public SearchDocument Release(ReleaseRow release) => new()
    {
        Type = SearchType.Release,
        Id = Id(release.Id),
        Title = $"{release.AppName} {release.Version}",
        Body = Plain(release.Notes),
        Url = "/katalog/" + release.AppSlug,
        RegionCode = release.OwnerRegionCode,
        RegionName = regionName(release.OwnerRegionCode),
        ProvinceCode = ProvinceOf(release.OwnerRegionCode),
        Date = release.CreatedAt,
        Access = AppAccess(release.AppStatus, release.OwnerRegionCode),
    };

    public SearchDocument Thread(ThreadSourceRow thread) => new()
    {
        Type = SearchType.Thread,
        Id = Id(thread.Id),
        Title = thread.Title,
        Body = Plain(thread.FirstPostBody),
        Url = Quoting.ThreadUrl(thread.Id, thread.Title),
        RegionCode = NullIfEmpty(thread.AuthorRegionCode),
        RegionName = RegionNameOf(thread.AuthorRegionCode),
        ProvinceCode = ProvinceOf(thread.AuthorRegionCode),
        Date = thread.CreatedAt,
        Access = BoardAccess(thread.ReadAccess),
    };

    public SearchDocument Post(PostRow post) => new()
    {
        Type = SearchType.Post,
        Id = Id(post.Id),
        Title = post.ThreadTitle,
        TitleIsSearched = false,
        Body = Plain(post.Body),
        Url = Quoting.PostUrl(post.ThreadId, post.ThreadTitle, post.Number),
        RegionCode = NullIfEmpty(post.AuthorRegionCode),
        RegionName = RegionNameOf(post.AuthorRegionCode),
        ProvinceCode = ProvinceOf(post.AuthorRegionCode),
        Date = post.EditedAt ?? post.CreatedAt,
        Access = BoardAccess(post.ReadAccess),
    };

    public SearchDocument Practice(PracticeRow practice) => new()
    {
        Type = SearchType.Practice,
        Id = Id(practice.Id),
        Title = practice.Title,
        Summary = practice.Summary,
        Body = Plain(practice.Body),
        Url = "/praktik-baik/" + practice.Slug,
        RegionCode = practice.RegionCode,
        RegionName = practice.RegionCode is null ? null : regionName(practice.RegionCode),
        ProvinceCode = ProvinceOf(practice.RegionCode),
        Date = practice.UpdatedAt,
    };

    public SearchDocument Region(RegionRow region, string? parentName) => new()
    {
        Type = SearchType.Region,
        Id = region.Code,
        Title = region.Name,

        // The province's name makes "Singkawang Kalimantan Barat" find the city.
        Summary = parentName ?? "",
        Url = "/wilayah/" + region.Code,
        RegionCode = region.Code,
        RegionName = region.Name,
        ProvinceCode = ProvinceOf(region.Code),
        Date = DateTimeOffset.UnixEpoch,
    };

    /// <summary>
    /// Published applications (and their releases) are public; drafts only for their region. Archived ones never get here:
    /// <see cref="SearchRowQueries"/> leaves them out, as the catalog's browse pages do (their page stays reachable by address).
    /// </summary>
    public static string AppAccess(AppStatus status, string ownerRegionCode) =>
        status == AppStatus.Published ? SearchAccess.Public : SearchAccess.Region(ownerRegionCode);

    public static string BoardAccess(BoardReadAccess access) => access == BoardReadAccess.Public ? SearchAccess.Public : SearchAccess.Members;

    /// <summary>The two-digit province of a Kemendagri code ("61" of "61.72"); null for national institutions ("00.xx") and no code.</summary>
    public static string? ProvinceOf(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var province = code.Split('.')[0];
        return province == "00" ? null : province;
    }

    private string? RegionNameOf(string code) => code.Length == 0 ? null : regionName(code);

    private string Plain(string? text) => markdown.PlainText(text, MaxBody);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
