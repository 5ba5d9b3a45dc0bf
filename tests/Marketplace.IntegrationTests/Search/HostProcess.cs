using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Marketplace.Testing;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// The built Marketplace.Web.dll run by <c>dotnet</c> as a separate OS process, as an operator runs it, so a test can
/// kill it with SIGKILL mid-work. Its output is kept for failure messages.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the web server on a free port; <see cref="ReadyAsync"/> waits for it to answer.</summary>
    public static HostProcess StartServer(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        return new HostProcess(Process.Start(StartInfo([], settings, address)) ?? throw new InvalidOperationException("dotnet did not start"), address);
    }

    /// <summary>Runs a maintenance verb to its end; the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        await using var verb = new HostProcess(Process.Start(StartInfo(args, settings, null)) ?? throw new InvalidOperationException("dotnet did not start"), new Uri("http://unused"));
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await verb._process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"'{string.Join(' ', args)}' did not end within {timeout.TotalSeconds} s:\n{verb.Output}");
        }

        verb._process.WaitForExit();
        return (verb._process.ExitCode, verb.Output);
    }

    /// <summary>Waits until /health answers (any status) and returns the search check's data.</summary>
    public async Task<JsonElement> ReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"The server exited with {_process.ExitCode}:\n{Output}");
            }

            if (await TrySearchHealthAsync() is { } data)
            {
                return data;
            }

            if (clock.Elapsed > timeout)
            {
                throw new Xunit.Sdk.XunitException($"The server did not answer /health within {timeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The search check's data of /health, or null while the server does not answer.</summary>
    public async Task<JsonElement?> TrySearchHealthAsync()
    {
        try
        {
            using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
            using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));
            return json.RootElement.GetProperty("checks").GetProperty("search").GetProperty("data").Clone();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or KeyNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or the OOM killer.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd stops a service; SIGKILL if it has not ended after 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> settings, Uri? address)
    {
        var dll = WebAssemblyPath();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        if (address is not null)
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>The host's own build output of the configuration these tests were built in.</summary>
    private static string WebAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Marketplace.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the tests."),
            "src", "Marketplace.Web", "bin", configuration, framework, "Marketplace.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is not built.");
    }
}
