using Microsoft.Net.Http.Headers;

namespace Marketplace.Web.Features.Content;

/// <summary>Serves stored uploads. Only generated names resolve, so no request can reach another file.</summary>
internal static class UploadsEndpoint
{
    public static IEndpointConventionBuilder MapUploads(this IEndpointRouteBuilder app) =>
        app.MapGet(UploadNames.UrlPrefix + "{name}", Serve)
            .WithName("GetUpload")
            .ExcludeFromDescription();

    internal static IResult Serve(string name, ImageUploads uploads, HttpContext context)
    {
        if (uploads.Find(name) is not { } path || UploadNames.TypeOf(name) is not { } type)
        {
            return TypedResults.NotFound();
        }

        // A stored name never changes content, so browsers may keep it for a year without asking again.
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline").ToString();
        return TypedResults.PhysicalFile(path, type.ContentType);
    }
}
