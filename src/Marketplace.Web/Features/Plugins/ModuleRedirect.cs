namespace Marketplace.Web.Features.Plugins;

/// <summary>A module may redirect only below its own prefix: a relative path without a scheme, host, backslash or "..".</summary>
public static class ModuleRedirect
{
    public static bool IsSafe(string? path) =>
        path is { Length: <= 500 }
        && !path.StartsWith('/')
        && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && !path.Any(char.IsControl)
        && !path.Split('?', 2)[0].Split('/').Any(s => s == "..");
}
