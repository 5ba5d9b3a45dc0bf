namespace Marketplace.Abstractions;

/// <summary>One HTTP request the host hands to a module, reduced to plain values.</summary>
public sealed class ModuleRequest : ModuleContext
{
    /// <summary><c>GET</c> or <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The path below the module's prefix, without a leading slash (<c>""</c> for the module's home, <c>tiket/baru</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The module's prefix as an absolute path without a trailing slash, for links and form actions (<c>/apps/e-parkir/jalankan</c>).</summary>
    public required string BasePath { get; init; }

    /// <summary>Query string values (the first value of each key).</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();

    /// <summary>Form values of a POST (the first value of each key).</summary>
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    /// <summary>The signed-in user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>The signed-in user's display name.</summary>
    public required string UserName { get; init; }

    /// <summary>Whether the user administers the region (AdminWilayah): modules may reserve settings and answers for them.</summary>
    public bool IsRegionAdmin { get; init; }

    /// <summary>
    /// The hidden form field every POST form must carry (the host refuses a POST without it), as ready-made HTML:
    /// put it inside each <c>&lt;form method="post"&gt;</c>.
    /// </summary>
    public required string AntiforgeryField { get; init; }
}
