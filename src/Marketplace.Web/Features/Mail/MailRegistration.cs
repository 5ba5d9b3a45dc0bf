namespace Marketplace.Web.Features.Mail;

public static class MailRegistration
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder) => builder;
}
