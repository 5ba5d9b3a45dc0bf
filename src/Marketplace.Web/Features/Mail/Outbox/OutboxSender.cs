using Marketplace.Web.Data;
using Marketplace.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// The background sender. Each round it takes the "mail" lease (only the node holding it works, so with several nodes
/// exactly one sends), runs the <see cref="IMailJob"/>s that turn events into messages, then delivers the due messages
/// oldest first. Each outcome is saved right after its attempt, and an attempt under way finishes when the host stops, so
/// only a crash (the process killed, the database lost) between the server's "250 OK" and that save can send one message
/// twice: delivery is at least once, with at most the one message in flight repeated.
/// A failure waits by <see cref="Backoff"/>; after <see cref="OutboxOptions.MaxAttempts"/>, or a permanent refusal, the
/// message is Failed and waits for an administrator (<c>/admin/surat</c>). A connection failure ends the round: the
/// server is down for the others too.
/// </summary>
internal sealed class OutboxSender(IServiceScopeFactory scopes, MailSignal signal, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
    : BackgroundService
{
    public const string LeaseName = "mail";

    /// <summary>This node, as the lease table names it.</summary>
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    private Type[]? _jobTypes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations run in another hosted service) before the first round.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await RoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The mail sender's round failed; it tries again at the next one.");
            }

            if (!more)
            {
                try
                {
                    await signal.WaitAsync(options.Value.Outbox.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseLease>().ReleaseAsync(LeaseName, Holder, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogInformation(exception, "The mail lease was not released at shutdown; it lapses by itself.");
        }
    }

    /// <summary>One round; true when a full batch was sent and more may be due right away.</summary>
    internal async Task<bool> RoundAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Outbox;
        await using var scope = scopes.CreateAsyncScope();
        var lease = scope.ServiceProvider.GetRequiredService<DatabaseLease>();
        if (!await lease.TryAcquireAsync(LeaseName, Holder, settings.LeaseDuration, cancellationToken))
        {
            return false;
        }

        await RunJobsAsync(cancellationToken);

        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var now = clock.GetUtcNow();
        var due = await db.MailOutbox.Where(m => m.State == OutboxMailState.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            // Still ours? A node that stalled past its lease must not send beside the one that took over.
            if (!await lease.TryAcquireAsync(LeaseName, Holder, settings.LeaseDuration, cancellationToken))
            {
                return false;
            }

            // Still waiting? The batch was read before the messages ahead of this one went out, which with a slow server
            // takes a while: an administrator may have cancelled it meanwhile, and a cancelled message is never sent.
            await db.Entry(mail).ReloadAsync(cancellationToken);
            if (mail.State != OutboxMailState.Pending)
            {
                continue;
            }

            if (!await SendOneAsync(db, sender, mail))
            {
                return false;
            }
        }

        return due.Count == settings.BatchSize;
    }

    private async Task RunJobsAsync(CancellationToken cancellationToken)
    {
        // Each job in a scope of its own, so one job's tracked entities or failure cannot touch another's; the job types
        // are read once, and each round builds each job once.
        _jobTypes ??= ResolveJobTypes();
        foreach (var type in _jobTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = (IMailJob)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            try
            {
                await job.RunAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The mail job {Job} failed; the sender goes on with the outbox.", type.Name);
            }
        }
    }

    private Type[] ResolveJobTypes()
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IMailJob>().Select(job => job.GetType())];
    }

    /// <summary>Delivers one message and saves the outcome; false when the server is unreachable (end the round).</summary>
    private async Task<bool> SendOneAsync(MarketplaceDbContext db, IMailSender sender, OutboxMail mail)
    {
        var settings = options.Value.Outbox;
        mail.Attempts++;
        var reachable = true;
        try
        {
            // Not cancelled when the host stops: an attempt cut off after the server took the message but before its
            // answer was read would leave the row Pending, and the next start would send it again. The attempt finishes
            // instead (the SMTP sender bounds it by Mail:Smtp:TimeoutSeconds) and its outcome is saved below.
            await sender.SendAsync(new OutgoingMail(mail.ToAddress, mail.ToName, mail.Subject, mail.TextBody, mail.HtmlBody,
                mail.MessageId, mail.UnsubscribeUrl, mail.Culture), CancellationToken.None);
            mail.State = OutboxMailState.Sent;
            mail.SentAt = clock.GetUtcNow();
            mail.LastError = null;
        }
        catch (Exception exception)
        {
            var permanent = SmtpFailure.IsPermanent(exception);
            reachable = exception is MailKit.Net.Smtp.SmtpCommandException or MailHeaderException;
            mail.LastError = TextElements.Cut($"{exception.GetType().Name}: {exception.Message}", MailRules.ErrorMax);
            if (permanent || mail.Attempts >= settings.MaxAttempts)
            {
                mail.State = OutboxMailState.Failed;
                logger.LogError("Mail {Id} to {Recipient} failed after {Attempts} attempt(s) and waits for an administrator: {Error}",
                    mail.Id, mail.ToAddress, mail.Attempts, mail.LastError);
            }
            else
            {
                mail.NextAttemptAt = clock.GetUtcNow() + Backoff.Delay(mail.Attempts, settings, Random.Shared.NextDouble());
                // The first failure is worth a warning; the retries of an outage would fill the log with the same one.
                logger.Log(mail.Attempts == 1 ? LogLevel.Warning : LogLevel.Information,
                    "Mail {Id} to {Recipient}: attempt {Attempts} failed, next at {Next:u}: {Error}",
                    mail.Id, mail.ToAddress, mail.Attempts, mail.NextAttemptAt, mail.LastError);
            }
        }

        // Saved even when the host is stopping: the server has the message, so it must not be sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        return reachable;
    }
}
