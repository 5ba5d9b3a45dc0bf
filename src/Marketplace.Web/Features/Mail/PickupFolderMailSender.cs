using Marketplace.Web.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Mail;

/// <summary>Writes each message as an .eml file under &lt;data folder&gt;/mail/pickup, so the embedded default needs no mail server.</summary>
internal sealed class PickupFolderMailSender(DataFolder data, IOptions<MailOptions> options, TimeProvider clock, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = MimeMessageFactory.Build(mail, options.Value, clock.GetUtcNow());
        var folder = data.Combine("mail", "pickup");
        Directory.CreateDirectory(folder);

        // Written under a temporary name and renamed, so a reader never sees half a message.
        var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
        logger.LogInformation("Mail {Subject} to {Recipient} written to the pickup folder", mail.Subject, mail.ToAddress);
    }
}
