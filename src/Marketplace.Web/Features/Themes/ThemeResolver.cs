using Microsoft.AspNetCore.Mvc.Razor;

namespace Marketplace.Web.Features.Themes;

/// <summary>Picks the theme of one request: the user's choice (cookie), else the configured one; errors always use SafeMode.</summary>
public sealed class ThemeResolver(ThemeCatalog catalog)
{
    public const string CookieName = "mk-theme";
    private static readonly object ForceSafeModeKey = new();

    public static void ForceSafeMode(HttpContext context) => context.Items[ForceSafeModeKey] = true;

    public string Resolve(HttpContext context)
    {
        if (context.Items.ContainsKey(ForceSafeModeKey))
        {
            return ThemeCatalog.SafeMode;
        }

        var chosen = context.Request.Cookies[CookieName];
        return chosen is not null && catalog.Selectable.Any(t => string.Equals(t.Name, chosen, StringComparison.OrdinalIgnoreCase))
            ? catalog.Chain(chosen).First().Name
            : catalog.Configured;
    }
}

/// <summary>Looks for views in the active theme, then its base themes, then the host: a theme overrides a view by shipping the same file name.</summary>
internal sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[Key] = context.ActionContext.HttpContext.RequestServices.GetRequiredService<ThemeResolver>().Resolve(context.ActionContext.HttpContext);

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var catalog = context.ActionContext.HttpContext.RequestServices.GetRequiredService<ThemeCatalog>();
        var theme = context.Values.TryGetValue(Key, out var name) && name is not null ? name : catalog.Configured;
        return catalog.Chain(theme).Select(t => $"/Themes/{t.Name}/Views/{{0}}.cshtml").Concat(viewLocations);
    }
}
