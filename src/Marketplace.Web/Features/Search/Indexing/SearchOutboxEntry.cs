using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// "This searchable thing changed": one row per write, added by database triggers in the same transaction as the write
/// (EF Core saves and raw SQL alike). Rows are never removed when indexed, because every web node feeds its own index from
/// them; they are pruned by age (<see cref="IndexingOptions.OutboxRetentionHours"/>).
/// </summary>
public sealed class SearchOutboxEntry
{
    /// <summary>Increasing; the index records the highest id it holds (<see cref="ISearchIndex.CommittedPosition"/>).</summary>
    public long Id { get; set; }

    /// <summary>The document's key ("app:42", "region:61.72"), see <see cref="SearchKeys"/>.</summary>
    public required string Key { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }
}

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    /// <summary>The table the triggers write; its name is in their SQL, so it never follows a rename of the class.</summary>
    public const string Table = "SearchOutbox";

    public void Configure(EntityTypeBuilder<SearchOutboxEntry> entry)
    {
        entry.ToTable(Table);
        entry.Property(e => e.Key).HasMaxLength(64);

        // Pruning by age finds its boundary through this index instead of reading the table.
        entry.HasIndex(e => e.EnqueuedAt);
    }
}
