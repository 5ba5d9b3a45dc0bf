namespace Marketplace.Abstractions;

/// <summary>A small panel a module shows on a region's dashboard.</summary>
/// <param name="Title">The panel's heading.</param>
/// <param name="Html">An HTML fragment, encoded by the module.</param>
/// <param name="Link">Optional path below the module's prefix for "more" (<c>rekap</c>).</param>
public sealed record DashboardWidget(string Title, string Html, string? Link = null);
