using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// A minimal SMTP server that takes a whole message and then holds back its "250" until the test releases it: the
/// moment where the server has the message but the sender does not know yet. Counts what it accepted, and refuses
/// <see cref="UnknownMailbox"/> with a 550 (aiosmtpd cannot be made to refuse).
/// </summary>
internal sealed class HeldReplySmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;
    private int _accepted;

    public HeldReplySmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>A recipient this server refuses for good (RCPT answered 550), as a real server refuses an unknown mailbox.</summary>
    public const string UnknownMailbox = "tidak.ada@";

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when a message's data has arrived (its "250" not sent yet).</summary>
    public Task Received => _received.Task;

    /// <summary>Messages answered with "250" after their data.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public void Release() => _release.TrySetResult();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 held-reply ESMTP");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = line.Split(' ')[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "DATA":
                            await writer.WriteLineAsync("354 end with .");
                            while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                            {
                            }

                            _received.TrySetResult();
                            await _release.Task.WaitAsync(_stop.Token);
                            await writer.WriteLineAsync("250 2.0.0 queued");
                            Interlocked.Increment(ref _accepted);
                            break;
                        case "RCPT" when line.Contains(UnknownMailbox, StringComparison.OrdinalIgnoreCase):
                            await writer.WriteLineAsync("550 5.1.1 no such user here");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 bye");
                            return;
                        default:
                            await writer.WriteLineAsync("250 ok");
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the server stops.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
