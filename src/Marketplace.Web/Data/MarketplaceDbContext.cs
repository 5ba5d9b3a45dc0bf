using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Capacity;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Forum.Recommendations;
using Marketplace.Web.Features.Mail.Outbox;
using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Web.Data;

/// <summary>
/// The one database of the platform. Each provider has a derived context only so that its
/// migrations live apart (EF Core picks migrations by context type).
/// </summary>
public abstract class MarketplaceDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SharedApp> Apps => Set<SharedApp>();

    public DbSet<Release> Releases => Set<Release>();

    public DbSet<AppTag> AppTags => Set<AppTag>();

    public DbSet<AppImage> AppImages => Set<AppImage>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<Adoption> Adoptions => Set<Adoption>();

    public DbSet<AdoptionEvent> AdoptionEvents => Set<AdoptionEvent>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<RegionInfrastructure> RegionInfrastructures => Set<RegionInfrastructure>();

    public DbSet<RegionServer> RegionServers => Set<RegionServer>();

    public DbSet<AppReview> Reviews => Set<AppReview>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<BestPracticeArticle> BestPracticeArticles => Set<BestPracticeArticle>();

    public DbSet<ArticleApp> ArticleApps => Set<ArticleApp>();

    public DbSet<ArticleRegion> ArticleRegions => Set<ArticleRegion>();

    public DbSet<AppCuration> AppCurations => Set<AppCuration>();

    public DbSet<Board> ForumBoards => Set<Board>();

    public DbSet<BoardMember> ForumBoardMembers => Set<BoardMember>();

    public DbSet<ForumThread> ForumThreads => Set<ForumThread>();

    public DbSet<ThreadTag> ForumThreadTags => Set<ThreadTag>();

    public DbSet<Post> ForumPosts => Set<Post>();

    public DbSet<PostRevision> ForumPostRevisions => Set<PostRevision>();

    public DbSet<PostMention> ForumPostMentions => Set<PostMention>();

    public DbSet<ThreadRead> ForumThreadReads => Set<ThreadRead>();

    public DbSet<PostFlag> ForumPostFlags => Set<PostFlag>();

    public DbSet<UserSuspension> ForumSuspensions => Set<UserSuspension>();

    public DbSet<ModerationLogEntry> ForumModerationLog => Set<ModerationLogEntry>();
    public DbSet<Recommendation> ForumRecommendations => Set<Recommendation>();

    public DbSet<RecommendationVersion> ForumRecommendationVersions => Set<RecommendationVersion>();

    public DbSet<RecommendationReview> ForumRecommendationReviews => Set<RecommendationReview>();

    public DbSet<RecommendationEvent> ForumRecommendationEvents => Set<RecommendationEvent>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<OutboxMail> MailOutbox => Set<OutboxMail>();

    public DbSet<Lease> Leases => Set<Lease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }
}

public sealed class SqliteMarketplaceDbContext(DbContextOptions<SqliteMarketplaceDbContext> options)
    : MarketplaceDbContext(options)
{
    // SQLite has no date-time-with-offset type; stored as sortable integers, dates can be compared and ordered in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresMarketplaceDbContext(DbContextOptions<PostgresMarketplaceDbContext> options)
    : MarketplaceDbContext(options);
