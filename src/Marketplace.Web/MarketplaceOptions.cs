using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web;

/// <summary>The <c>Marketplace</c> configuration section: what one instance needs to know about itself.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    /// <summary>Folder for the SQLite file, the search index, mail pickup and uploads. Relative paths are under the content root.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Name of the active theme (a folder under themes/).</summary>
    [Required]
    public string Theme { get; set; } = "Default";

    /// <summary>
    /// The address people reach the site at (for example https://forum.kominfo.go.id), used for links in e-mail.
    /// When empty, links use the address of the request, which is fine behind a trusted proxy or on one machine.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public string ResolveDataPath(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataPath) ? DataPath : Path.Combine(contentRoot, DataPath));
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite it defaults to <c>marketplace.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class DemoOptions
{
    /// <summary>Seed demo regions' accounts and sample content, and show the demo password on the login page.</summary>
    public bool Enabled { get; set; }
}
