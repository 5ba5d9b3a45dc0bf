namespace Marketplace.Web.Features.Plugins;

/// <summary>Why a package was refused: a key of PluginsText with its arguments, so the page and the tests speak the same words.</summary>
public sealed record PackageProblem(string Key, params object[] Arguments)
{
    public override string ToString() => $"{Key}({string.Join(", ", Arguments)})";
}
