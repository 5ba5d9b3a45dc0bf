namespace Marketplace.Web.Features.Content;

public static class ContentRegistration
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        return builder;
    }

    public static WebApplication MapContent(this WebApplication app) => app;
}
