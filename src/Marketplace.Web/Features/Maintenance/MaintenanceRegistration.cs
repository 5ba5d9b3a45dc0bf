using System.Text.RegularExpressions;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>
/// Maintenance verbs: <c>dotnet run --project src/Marketplace.Web -- generate-load --apps 30000</c> migrates and seeds the
/// configured database, runs the verb and exits without starting the web server.
/// </summary>
public static partial class MaintenanceRegistration
{
    private static readonly IMaintenanceVerb[] _verbs = [new GenerateLoadVerb(), new ReindexVerb()];

    /// <summary>
    /// Runs the verb named by <paramref name="args"/>[0] and sets the exit code (2 for an unknown verb or option).
    /// False, doing nothing, when the arguments start with an option ("--urls …") or a setting ("Key=Value"): the web server then runs.
    /// </summary>
    public static async Task<bool> RunMaintenanceVerbAsync(this WebApplication app, string[] args)
    {
        if (!IsVerb(args))
        {
            return false;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Environment.ExitCode = await RunAsync(app.Services, args, Console.Out, stop.Token);
        return true;
    }

    /// <summary>Whether <paramref name="args"/> starts with a verb word (known or not) rather than a host option.</summary>
    internal static bool IsVerb(IReadOnlyList<string> args) => args.Count > 0 && VerbWord().IsMatch(args[0]);

    /// <summary>Runs the verb <paramref name="args"/>[0] with the rest as its options; returns the exit code.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = _verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            await output.WriteLineAsync($"Unknown verb '{args[0]}'.");
            await WriteUsageAsync(output);
            return 2;
        }

        var options = VerbOptions.Parse(args.Skip(1), verb.KnownOptions, out var error);
        error ??= verb.Check(options!);
        if (error is not null)
        {
            await output.WriteLineAsync($"{verb.Name}: {error}.");
            await WriteUsageAsync(output);
            return 2;
        }

        // What the host checks when it starts (ValidateOnStart), the verb checks too: it never starts the host.
        services.GetService<IStartupValidator>()?.Validate();
        await DatabaseInitializer.InitializeAsync(services, cancellationToken);
        return await verb.RunAsync(services, options!, output, cancellationToken);
    }

    private static async Task WriteUsageAsync(TextWriter output)
    {
        await output.WriteLineAsync("Usage: Marketplace.Web VERB [options] [configuration]");
        foreach (var verb in _verbs)
        {
            await output.WriteLineAsync($"  {verb.Name} {verb.Usage}");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")]
    private static partial Regex VerbWord();
}
