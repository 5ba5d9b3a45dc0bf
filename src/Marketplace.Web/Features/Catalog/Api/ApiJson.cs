using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Web.Features.Catalog.Api;

/// <summary>
/// The catalog API's JSON: camelCase names and enums as lower-case strings ("stable", "praktik-baik").
/// Bodies are read here rather than by parameter binding, so a malformed body or an unknown enum value answers
/// 400 naming the field, and so only application/json is accepted (see <see cref="CatalogApi"/> on cookies).
/// </summary>
internal static class ApiJson
{
    private static readonly JsonNamingPolicy EnumNames = JsonNamingPolicy.KebabCaseLower;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(EnumNames, allowIntegerValues: false) },
    };

    public static string Name<T>(T value)
        where T : struct, Enum => EnumNames.ConvertName(value.ToString());

    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer instead.</summary>
    public static async Task<(T? Value, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "Send the body as application/json."));
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken) is { } value
                ? (value, null)
                : (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body must be a JSON object."));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            return field is null
                ? (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is not valid JSON."))
                : (null, ApiProblems.Invalid(new Dictionary<string, string[]> { [field] = ["The value is not valid here."] }));
        }
    }
}
