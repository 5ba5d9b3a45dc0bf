namespace Marketplace.Abstractions;

/// <summary>What a module answers; build one with the static factory methods.</summary>
public sealed class ModuleResponse
{
    private ModuleResponse(ModuleResponseKind kind, int statusCode) => (Kind, StatusCode) = (kind, statusCode);

    /// <summary>The kind of answer.</summary>
    public ModuleResponseKind Kind { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The page title for <see cref="ModuleResponseKind.Html"/>.</summary>
    public string? Title { get; private init; }

    /// <summary>The HTML fragment or JSON text.</summary>
    public string? Body { get; private init; }

    /// <summary>For <see cref="ModuleResponseKind.Redirect"/>: a path below the module's prefix (<c>tiket/12</c>); the host never redirects elsewhere.</summary>
    public string? RedirectPath { get; private init; }

    /// <summary>
    /// An HTML fragment that the host places inside the active theme's page, under a heading made of <paramref name="title"/>.
    /// The module is responsible for encoding what it writes (use <c>System.Net.WebUtility.HtmlEncode</c>).
    /// </summary>
    public static ModuleResponse Html(string title, string fragment, int statusCode = 200) =>
        new(ModuleResponseKind.Html, statusCode) { Title = title, Body = fragment };

    /// <summary>JSON text, sent as <c>application/json</c>. The module serializes it itself, so no module type reaches the host's serializer.</summary>
    public static ModuleResponse Json(string json, int statusCode = 200) =>
        new(ModuleResponseKind.Json, statusCode) { Body = json };

    /// <summary>A redirect (303 See Other) to a path below the module's prefix, typically after a POST.</summary>
    public static ModuleResponse Redirect(string path) =>
        new(ModuleResponseKind.Redirect, 303) { RedirectPath = path.TrimStart('/') };

    /// <summary>A bare status, such as 404 when a record is unknown; the host shows its own page for it.</summary>
    public static ModuleResponse Status(int statusCode) => new(ModuleResponseKind.Status, statusCode);
}

/// <summary>The kinds of <see cref="ModuleResponse"/>.</summary>
public enum ModuleResponseKind
{
    /// <summary>An HTML fragment wrapped in the theme.</summary>
    Html,

    /// <summary>JSON text.</summary>
    Json,

    /// <summary>A redirect within the module.</summary>
    Redirect,

    /// <summary>A bare status code.</summary>
    Status,
}
