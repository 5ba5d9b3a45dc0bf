using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.BestPractices;

internal sealed class BestPracticeArticleConfiguration : IEntityTypeConfiguration<BestPracticeArticle>
{
    public void Configure(EntityTypeBuilder<BestPracticeArticle> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Slug).HasMaxLength(Slugs.MaxLength);
        article.Property(a => a.Title).HasMaxLength(ArticleRules.TitleMax);
        article.Property(a => a.Summary).HasMaxLength(ArticleRules.SummaryMax);
        article.Property(a => a.Body).HasMaxLength(ArticleRules.BodyMax);
        article.Property(a => a.AuthorId).HasMaxLength(450);
        article.Property(a => a.AuthorName).HasMaxLength(200);
        article.HasMany(a => a.Apps).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Regions).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasIndex(a => new { a.PublishedAt, a.Id });
        article.HasIndex(a => new { a.IsFeatured, a.PublishedAt });
    }
}

internal sealed class ArticleAppConfiguration : IEntityTypeConfiguration<ArticleApp>
{
    public void Configure(EntityTypeBuilder<ArticleApp> link)
    {
        link.HasKey(l => new { l.ArticleId, l.AppId });
        link.HasOne<SharedApp>().WithMany().HasForeignKey(l => l.AppId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.AppId);
    }
}

internal sealed class ArticleRegionConfiguration : IEntityTypeConfiguration<ArticleRegion>
{
    public void Configure(EntityTypeBuilder<ArticleRegion> link)
    {
        link.HasKey(l => new { l.ArticleId, l.RegionCode });
        link.Property(l => l.RegionCode).HasMaxLength(16);
        link.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => l.RegionCode);
    }
}

internal sealed class AppCurationConfiguration : IEntityTypeConfiguration<AppCuration>
{
    public void Configure(EntityTypeBuilder<AppCuration> curation)
    {
        curation.HasKey(c => c.AppId);
        curation.Property(c => c.AppId).ValueGeneratedNever();
        curation.HasOne<SharedApp>().WithOne().HasForeignKey<AppCuration>(c => c.AppId).OnDelete(DeleteBehavior.Cascade);
        curation.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        curation.PrimitiveCollection(c => c.CriteriaMet);
        curation.Property(c => c.ReviewerName).HasMaxLength(200);
        curation.Property(c => c.Note).HasMaxLength(CurationRules.NoteMax);
        curation.HasIndex(c => new { c.State, c.NextReviewOn });
    }
}
