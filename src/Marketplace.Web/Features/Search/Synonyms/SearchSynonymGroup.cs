using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// Words regions use for the same thing ("e-parkir, parkir elektronik, parkir online"), added by a Kurator to the
/// engine's committed list; the index expands queries with them, so no reindex is needed.
/// </summary>
public sealed class SearchSynonymGroup
{
    public int Id { get; set; }

    /// <summary>The terms, normalized (lower-case, single spaces) and joined by ", ".</summary>
    public required string Terms { get; set; }

    public required string CreatedById { get; set; }

    public required string CreatedByName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> TermList => Terms.Split(", ", StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class SearchSynonymGroupConfiguration : IEntityTypeConfiguration<SearchSynonymGroup>
{
    public void Configure(EntityTypeBuilder<SearchSynonymGroup> group)
    {
        group.ToTable("SearchSynonymGroups");
        group.Property(g => g.Terms).HasMaxLength(SynonymRules.GroupMax);
        group.Property(g => g.CreatedById).HasMaxLength(450);
        group.Property(g => g.CreatedByName).HasMaxLength(200);
        group.Ignore(g => g.TermList);
    }
}
