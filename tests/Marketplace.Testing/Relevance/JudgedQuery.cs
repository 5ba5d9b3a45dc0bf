namespace Marketplace.Testing.Relevance;

/// <summary>
/// One judged query: its text (which may contain double-quoted phrases), its filters, the documents that must be in the
/// first five results and those that must not, the category it tests, and why the judgment holds.
/// </summary>
public sealed record JudgedQuery
{
    public required string Id { get; init; }

    /// <summary>morphology, synonym, typo, filter-region, filter-province, duplicate, phrase or multi-word.</summary>
    public required string Category { get; init; }

    public required string Text { get; init; }

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    public required IReadOnlyList<string> MustInTop5 { get; init; }

    public IReadOnlyList<string> MustNotInTop5 { get; init; } = [];

    public string Why { get; init; } = "";
}
