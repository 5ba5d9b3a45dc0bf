using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Marketplace.Testing;

/// <summary>
/// A real SMTP server: python3-aiosmtpd on a free loopback port, writing every message it accepts to a Maildir that
/// tests read with MimeKit. It can be stopped and started again on the same port and Maildir (the fault test).
/// ./test.sh installs python3-aiosmtpd when it is missing.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private Process? _process;

    private SmtpSink(string directory, int port)
    {
        Directory_ = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The Maildir the server writes to (its <c>new</c> folder holds one file per message).</summary>
    public string Maildir => Path.Combine(Directory_, "maildir");

    private string Directory_ { get; }

    /// <summary>Configuration keys that point the host's mail at this server (plain SMTP, no credentials).</summary>
    public IDictionary<string, string?> HostSettings() => new Dictionary<string, string?>
    {
        ["Mail:Provider"] = "Smtp",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
    };

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(Path.Combine(Path.GetTempPath(), "mk-smtp-" + Guid.NewGuid().ToString("N")[..12]), FreePort.Next());
        Directory.CreateDirectory(sink.Directory_);
        await sink.StartAgainAsync();
        return sink;
    }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server (again) on the same port and Maildir and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Directory_ };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"aiosmtpd exited with {_process.ExitCode}; is python3-aiosmtpd installed? ./test.sh installs it.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 15 s.");
    }

    /// <summary>Kills the server (as an outage would) and waits until it is gone; the Maildir stays.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message in the Maildir so far, oldest file first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name)
                .Select(f => MimeMessage.Load(f.FullName)).ToList()
            : [];
    }

    /// <summary>Waits until a message to <paramref name="address"/> matching <paramref name="where"/> arrives.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? where = null, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            var message = Messages().LastOrDefault(m =>
                m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)) && (where?.Invoke(m) ?? true));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message to {address} arrived in {Maildir}.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Directory_, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a reader; the temporary folder is left to the OS.
        }
    }
}
