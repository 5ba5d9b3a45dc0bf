using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Validation of any publiccode.yml, and export of one application as publiccode.yml.</summary>
internal static class PublicCodeApi
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] _yamlTypes = ["text/yaml", "application/yaml", "text/plain", "application/x-yaml"];

    public static IEndpointRouteBuilder MapPublicCodeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("PublicCode");

        api.MapPost("/publiccode/validate", ValidateAsync)
            .WithName("ValidatePublicCode")
            .WithSummary("Validates a publiccode.yml (version 0) without network access")
            .WithDescription("Send the YAML as the body (text/yaml, application/yaml, application/x-yaml or text/plain). "
                + "An empty body answers 400, a body over 1 MiB 413, another content type 415.")
            .Accepts<string>("text/yaml", "application/yaml", "text/plain", "application/x-yaml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();

        api.MapGet("/apps/{slug}/publiccode.yml", ExportAsync)
            .WithName("ExportPublicCode")
            .WithSummary("Exports one application as publiccode.yml")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Drafts are found only by those who may edit them; for everyone else they answer 404. "
                + "usedBy lists the regions running the application (adoption state berjalan) after any names the file was imported with.");

        return app;
    }

    internal static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, IStringLocalizer<PublicCodeText> text, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not null && !_yamlTypes.Contains(mediaType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBytes)
        {
            return TypedResults.Problem(text["Api.TooLarge"].Value, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadAtMostAsync(request.Body, MaxBytes + 1, cancellationToken);
        if (body.Length > MaxBytes)
        {
            return TypedResults.Problem(text["Api.TooLarge"].Value, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (body.AsSpan().Trim((byte[])[(byte)' ', (byte)'\n', (byte)'\r', (byte)'\t']).IsEmpty)
        {
            return TypedResults.Problem(text["Api.EmptyBody"].Value, statusCode: StatusCodes.Status400BadRequest);
        }

        var report = PublicCodeValidator.Validate(body).Localize(text);
        return TypedResults.Ok(ValidationResponse.From(report));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(
        string slug, ClaimsPrincipal user, MarketplaceDbContext db, RegionDirectory regions, HttpRequest request, IStringLocalizer<PublicCodeText> text,
        CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().AsSplitQuery().Include(a => a.Tags).Include(a => a.Releases)
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (app is null || !CatalogPermissions.CanSee(user, app))
        {
            return TypedResults.Problem(text["Api.UnknownApp", slug].Value, statusCode: StatusCodes.Status404NotFound);
        }

        var running = await db.Adoptions.AsNoTracking().Where(a => a.AppId == app.Id && a.State == AdoptionState.Berjalan)
            .Select(a => a.AdopterRegionCode).ToListAsync(cancellationToken);
        var directory = await regions.GetAsync(cancellationToken);
        var yaml = PublicCodeExporter.Export(app, $"{request.Scheme}://{request.Host}/katalog/{app.Slug}",
            running.Select(code => directory.Find(code)?.Name ?? code));
        return TypedResults.Text(yaml, "application/yaml; charset=utf-8");
    }

    /// <summary>Reads until <paramref name="limit"/> bytes, so an endless body costs no more than the limit.</summary>
    internal static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

public sealed record IssueResponse(string Key, string Message, int Line, int Column);

public sealed record ValidationResponse(bool Valid, IReadOnlyList<IssueResponse> Errors, IReadOnlyList<IssueResponse> Warnings)
{
    public static ValidationResponse From(ValidationReport report) => new(
        report.Valid,
        [.. report.Errors.Select(i => new IssueResponse(i.Key, i.Message, i.Line, i.Column))],
        [.. report.Warnings.Select(i => new IssueResponse(i.Key, i.Message, i.Line, i.Column))]);
}
