using System.Diagnostics;

namespace Marketplace.Testing;

/// <summary>
/// A real PostgreSQL 15 server in a temporary folder on a free loopback port, started for a test run
/// and stopped by its own data directory. PostgreSQL refuses to run as root, so as root it runs as nobody.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string _directory;

    private PostgresServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string to a database of this server; EF Core creates the database when it migrates.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=app;Database={database};Pooling=true;Timeout=15";

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}); ./test.sh installs it with apt-get.");
        }

        var directory = Path.Combine(Path.GetTempPath(), "mk-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "nobody", directory);
        }

        var port = FreePort.Next();
        var data = Path.Combine(directory, "data");
        await RunPostgresAsync("initdb", "-D", data, "-U", "app", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C");
        await RunPostgresAsync("pg_ctl", "-D", data, "-w", "-t", "60", "-l", Path.Combine(directory, "server.log"),
            "-o", $"-p {port} -h 127.0.0.1 -k {directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        return new PostgresServer(directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPostgresAsync("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "fast", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Task RunPostgresAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "nobody", "--", Path.Combine(BinDirectory, tool), .. arguments])
            : RunAsync(Path.Combine(BinDirectory, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
