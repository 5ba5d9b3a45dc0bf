using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Themes;

/// <summary>A theme: an assembly named Marketplace.Themes.&lt;Name&gt; whose views compile under /Themes/&lt;Name&gt;/Views/.</summary>
public sealed record Theme(string Name, string? BaseTheme, bool Selectable, bool HasLayout);

/// <summary>The installed themes and the one configured, decided once at start.</summary>
public sealed class ThemeCatalog
{
    public const string SafeMode = "SafeMode";
    private const string AssemblyPrefix = "Marketplace.Themes.";
    private readonly Dictionary<string, Theme> _themes;

    public ThemeCatalog(ApplicationPartManager parts, IOptions<MarketplaceOptions> options, ILogger<ThemeCatalog> logger)
    {
        _themes = parts.ApplicationParts.OfType<AssemblyPart>()
            .Where(p => p.Name.StartsWith(AssemblyPrefix, StringComparison.Ordinal))
            .Select(p => Describe(p.Assembly, p.Name[AssemblyPrefix.Length..]))
            .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

        if (!_themes.TryGetValue(SafeMode, out var safe) || !safe.HasLayout)
        {
            throw new InvalidOperationException("The SafeMode theme is missing: the site has nothing to fall back on.");
        }

        var configured = options.Value.Theme;
        if (IsUsable(configured))
        {
            Configured = _themes[configured].Name;
        }
        else
        {
            Configured = SafeMode;
            logger.LogWarning("Theme {Theme} is missing or has no layout; the site uses the SafeMode theme", configured);
        }

        Selectable = [.. _themes.Values.Where(t => t.Selectable && IsUsable(t.Name)).OrderBy(t => t.Name != Configured)];
    }

    public string Configured { get; }

    /// <summary>The themes a visitor may choose, the configured one first; fixed at start, like the installed themes.</summary>
    public IReadOnlyList<Theme> Selectable { get; }

    public bool IsUsable(string? name) => name is not null && Chain(name).Any(t => t.HasLayout);

    /// <summary>The theme and its base themes, most specific first.</summary>
    public IEnumerable<Theme> Chain(string name)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = name; current is not null && seen.Add(current) && _themes.TryGetValue(current, out var theme); current = theme.BaseTheme)
        {
            yield return theme;
        }
    }

    private static Theme Describe(Assembly assembly, string name)
    {
        string? Metadata(string key) => assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
        var layout = $"/Themes/{name}/Views/_Layout.cshtml";
        var hasLayout = assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Any(i => i.Identifier == layout);
        return new Theme(name, Metadata("BaseTheme"), Metadata("Selectable") == "true", hasLayout);
    }
}
