using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Reviews;

internal sealed class AppReviewConfiguration : IEntityTypeConfiguration<AppReview>
{
    public void Configure(EntityTypeBuilder<AppReview> review)
    {
        review.Property(r => r.RegionCode).HasMaxLength(16);
        review.Property(r => r.AuthorId).HasMaxLength(450);
        review.Property(r => r.AuthorName).HasMaxLength(200);
        review.Property(r => r.Body).HasMaxLength(ReviewRules.BodyMax);
        review.Property(r => r.Reply).HasMaxLength(ReviewRules.BodyMax);
        review.Property(r => r.ReplyByName).HasMaxLength(200);
        review.HasOne<SharedApp>().WithMany().HasForeignKey(r => r.AppId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<Adoption>().WithMany().HasForeignKey(r => r.AdoptionId).OnDelete(DeleteBehavior.Restrict);
        review.HasIndex(r => r.AdoptionId).IsUnique();
        review.HasIndex(r => new { r.AppId, r.CreatedAt });
    }
}

public static class ReviewRules
{
    public const int BodyMax = 4000;

    public const int RatingMin = 1;

    public const int RatingMax = 5;
}
