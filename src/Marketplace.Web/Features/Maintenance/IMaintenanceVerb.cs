namespace Marketplace.Web.Features.Maintenance;

/// <summary>A one-off task run from the command line (<c>Marketplace.Web VERB [options]</c>) instead of the web server.</summary>
internal interface IMaintenanceVerb
{
    /// <summary>The command word, lower-case, for example "generate-load".</summary>
    string Name { get; }

    /// <summary>One usage line: the options after the verb.</summary>
    string Usage { get; }

    /// <summary>The option names it accepts, without the leading "--".</summary>
    IReadOnlyCollection<string> KnownOptions { get; }

    /// <summary>Why the options cannot be used, or null; checked before the database is touched.</summary>
    string? Check(VerbOptions options);

    /// <summary>Runs on a migrated and seeded database; returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, VerbOptions options, TextWriter output, CancellationToken cancellationToken);
}
