using System.Net;
using System.Net.Sockets;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// An SMTP server that accepts the connection and then says nothing: each attempt ends after Mail:Smtp:TimeoutSeconds
/// and is retried with back-off; the sender never hangs on it.
/// </summary>
public sealed class HungServerTests
{
    [Fact]
    public async Task A_server_that_never_answers_times_out_and_the_message_is_retried()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    held.Add(await listener.AcceptTcpClientAsync(stop.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        try
        {
            var smtp = MailHosts.Unreachable();
            smtp["Mail:Smtp:Port"] = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var host = await MailHosts.StartAsync(smtp, new Dictionary<string, string?> { ["Mail:Smtp:TimeoutSeconds"] = "1" });

            Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Server diam")));

            var row = (await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single().Attempts >= 2, "two attempts on the silent server")).Single();
            Assert.Equal(OutboxMailState.Pending, row.State);
            Assert.Contains("Timeout", row.LastError, StringComparison.OrdinalIgnoreCase);
            host.AssertNoUnexpectedProblems(MailHosts.IsRetryWarning);
        }
        finally
        {
            await stop.CancelAsync();
            await accepting;
            held.ForEach(c => c.Dispose());
        }
    }
}
