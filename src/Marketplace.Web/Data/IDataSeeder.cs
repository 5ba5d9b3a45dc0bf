namespace Marketplace.Web.Data;

/// <summary>
/// A step that brings the database to a known state after migrations (reference data, roles, recipes).
/// Seeders run in ascending <see cref="Order"/> at every start and must be idempotent.
/// </summary>
public interface IDataSeeder
{
    int Order { get; }

    Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken);
}
