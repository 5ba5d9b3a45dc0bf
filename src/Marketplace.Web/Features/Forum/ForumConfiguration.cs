using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Forum;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> board)
    {
        board.Property(b => b.Slug).HasMaxLength(ForumRules.SlugMax);
        board.Property(b => b.Name).HasMaxLength(ForumRules.NameMax);
        board.Property(b => b.Description).HasMaxLength(ForumRules.DescriptionMax);
        board.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        board.Property(b => b.ReadAccess).HasConversion<string>().HasMaxLength(16);
        board.Property(b => b.PostAccess).HasConversion<string>().HasMaxLength(16);
        board.HasIndex(b => b.Slug).IsUnique();
        board.HasIndex(b => b.AppId).IsUnique().HasFilter("\"AppId\" IS NOT NULL");
        board.HasIndex(b => new { b.Kind, b.Order });
        board.HasOne<SharedApp>().WithMany().HasForeignKey(b => b.AppId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoardMemberConfiguration : IEntityTypeConfiguration<BoardMember>
{
    public void Configure(EntityTypeBuilder<BoardMember> member)
    {
        member.HasKey(m => new { m.BoardId, m.UserId });
        member.Property(m => m.UserId).HasMaxLength(450);
        member.Property(m => m.AddedByName).HasMaxLength(200);
        member.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.UserId);
    }
}

internal sealed class ForumThreadConfiguration : IEntityTypeConfiguration<ForumThread>
{
    public void Configure(EntityTypeBuilder<ForumThread> thread)
    {
        thread.ToTable("ForumThreads");
        thread.Property(t => t.Title).HasMaxLength(ForumRules.TitleMax);
        thread.Property(t => t.AuthorId).HasMaxLength(450);
        thread.Property(t => t.AuthorName).HasMaxLength(200);
        thread.Property(t => t.AuthorRegionCode).HasMaxLength(16);
        thread.HasOne<Board>().WithMany().HasForeignKey(t => t.BoardId).OnDelete(DeleteBehavior.Cascade);
        thread.HasMany(t => t.Tags).WithOne().HasForeignKey(t => t.ThreadId).OnDelete(DeleteBehavior.Cascade);

        // A board's page: pinned first, then newest activity, keyset on (LastPostAt, Id).
        thread.HasIndex(t => new { t.BoardId, t.IsPinned, t.LastPostAt, t.Id });
    }
}

internal sealed class ThreadTagConfiguration : IEntityTypeConfiguration<ThreadTag>
{
    public void Configure(EntityTypeBuilder<ThreadTag> tag)
    {
        tag.HasKey(t => new { t.ThreadId, t.Tag });
        tag.Property(t => t.Tag).HasMaxLength(ForumRules.TagMax);
        tag.HasIndex(t => t.Tag);
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.ToTable("ForumPosts");
        post.Property(p => p.AuthorId).HasMaxLength(450);
        post.Property(p => p.AuthorName).HasMaxLength(200);
        post.Property(p => p.AuthorRegionCode).HasMaxLength(16);
        post.Property(p => p.Body).HasMaxLength(ForumRules.BodyMax);
        post.Property(p => p.EditedByName).HasMaxLength(200);
        post.Property(p => p.DeletedByName).HasMaxLength(200);
        post.Property(p => p.HiddenReason).HasMaxLength(ForumRules.HiddenReasonMax);
        post.HasOne<ForumThread>().WithMany().HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        post.HasOne<Post>().WithMany().HasForeignKey(p => p.ReplyToPostId).OnDelete(DeleteBehavior.Restrict);

        // Keyset paging inside a thread: page 200 is one range read, like page 1.
        post.HasIndex(p => new { p.ThreadId, p.Number }).IsUnique();
        post.HasIndex(p => new { p.AuthorId, p.CreatedAt });
    }
}

internal sealed class PostRevisionConfiguration : IEntityTypeConfiguration<PostRevision>
{
    public void Configure(EntityTypeBuilder<PostRevision> revision)
    {
        revision.ToTable("ForumPostRevisions");
        revision.Property(r => r.Body).HasMaxLength(ForumRules.BodyMax);
        revision.Property(r => r.EditedByName).HasMaxLength(200);
        revision.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.PostId, r.EditedAt });
    }
}

internal sealed class PostMentionConfiguration : IEntityTypeConfiguration<PostMention>
{
    public void Configure(EntityTypeBuilder<PostMention> mention)
    {
        mention.ToTable("ForumPostMentions");
        mention.HasKey(m => new { m.PostId, m.UserId });
        mention.Property(m => m.UserId).HasMaxLength(450);
        mention.HasOne<Post>().WithMany().HasForeignKey(m => m.PostId).OnDelete(DeleteBehavior.Cascade);
        mention.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        mention.HasIndex(m => m.UserId);
    }
}

internal sealed class ThreadReadConfiguration : IEntityTypeConfiguration<ThreadRead>
{
    public void Configure(EntityTypeBuilder<ThreadRead> read)
    {
        read.ToTable("ForumThreadReads");
        read.HasKey(r => new { r.UserId, r.ThreadId });
        read.Property(r => r.UserId).HasMaxLength(450);
        read.HasOne<ForumThread>().WithMany().HasForeignKey(r => r.ThreadId).OnDelete(DeleteBehavior.Cascade);
        read.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        read.HasIndex(r => r.ThreadId);
    }
}
