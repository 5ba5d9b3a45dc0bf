namespace Marketplace.Web.Features.Content;

public static class ContentRegistration
{
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>()
            .Bind(builder.Configuration.GetSection(UploadOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        builder.Services.AddSingleton<ImageUploads>();
        return builder;
    }

    public static WebApplication MapContent(this WebApplication app)
    {
        app.MapUploads();
        return app;
    }
}
