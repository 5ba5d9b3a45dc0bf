using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Forum.Recommendations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.ToTable("ForumRecommendations");
        recommendation.Property(r => r.Title).HasMaxLength(RecommendationRules.TitleMax);
        recommendation.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        recommendation.Property(r => r.CreatedById).HasMaxLength(450);
        recommendation.Property(r => r.CreatedByName).HasMaxLength(200);
        recommendation.Property(r => r.EndorsedById).HasMaxLength(450);
        recommendation.Property(r => r.EndorsedByName).HasMaxLength(200);
        recommendation.Property(r => r.Revision).IsConcurrencyToken();
        recommendation.HasOne<Board>().WithMany().HasForeignKey(r => r.BoardId).OnDelete(DeleteBehavior.Cascade);
        recommendation.HasOne<ForumThread>().WithMany().HasForeignKey(r => r.SourceThreadId).OnDelete(DeleteBehavior.Restrict);
        recommendation.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RecommendationId).OnDelete(DeleteBehavior.Cascade);

        // The board's list (by state) and the thread's link.
        recommendation.HasIndex(r => new { r.BoardId, r.State, r.UpdatedAt });
        recommendation.HasIndex(r => r.SourceThreadId);
    }
}

internal sealed class RecommendationVersionConfiguration : IEntityTypeConfiguration<RecommendationVersion>
{
    public void Configure(EntityTypeBuilder<RecommendationVersion> version)
    {
        version.ToTable("ForumRecommendationVersions");
        version.Property(v => v.Title).HasMaxLength(RecommendationRules.TitleMax);
        version.Property(v => v.Body).HasMaxLength(RecommendationRules.BodyMax);
        version.Property(v => v.ChangeNote).HasMaxLength(RecommendationRules.ChangeNoteMax);
        version.Property(v => v.AuthorId).HasMaxLength(450);
        version.Property(v => v.AuthorName).HasMaxLength(200);
        version.HasOne<Recommendation>().WithMany().HasForeignKey(v => v.RecommendationId).OnDelete(DeleteBehavior.Cascade);

        // Two editors saving at once cannot both write version n+1.
        version.HasIndex(v => new { v.RecommendationId, v.Number }).IsUnique();
    }
}

internal sealed class RecommendationReviewConfiguration : IEntityTypeConfiguration<RecommendationReview>
{
    public void Configure(EntityTypeBuilder<RecommendationReview> review)
    {
        review.ToTable("ForumRecommendationReviews");
        review.Property(r => r.UserId).HasMaxLength(450);
        review.Property(r => r.UserName).HasMaxLength(200);
        review.Property(r => r.RegionCode).HasMaxLength(16);
        review.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.Comment).HasMaxLength(RecommendationRules.CommentMax);
        review.HasOne<Recommendation>().WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);

        // One review per member and version: a second one replaces the first.
        review.HasIndex(r => new { r.RecommendationId, r.VersionNumber, r.UserId }).IsUnique();
    }
}

internal sealed class RecommendationEventConfiguration : IEntityTypeConfiguration<RecommendationEvent>
{
    public void Configure(EntityTypeBuilder<RecommendationEvent> change)
    {
        change.ToTable("ForumRecommendationEvents");
        change.Property(e => e.From).HasConversion<string>().HasMaxLength(16);
        change.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
        change.Property(e => e.ById).HasMaxLength(450);
        change.Property(e => e.ByName).HasMaxLength(200);
        change.Property(e => e.Note).HasMaxLength(RecommendationRules.NoteMax);
        change.HasIndex(e => new { e.RecommendationId, e.At });
    }
}
