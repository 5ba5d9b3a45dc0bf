namespace Marketplace.Testing.Relevance;

/// <summary>
/// The filters a judged query may carry, with the meaning every engine under test must give them: type is the document
/// type, province takes the province itself and every regency and city in it, region is the exact owner code.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public string? Type { get; init; }

    public string? Province { get; init; }

    public string? Region { get; init; }

    public bool IsEmpty => Type is null && Province is null && Region is null;

    public bool Matches(JudgedDocument document) =>
        (Type is null || document.Type == Type)
        && (Province is null || document.Province == Province)
        && (Region is null || document.Region == Region);

    public override string ToString() =>
        string.Join(' ', new[] { ("type", Type), ("province", Province), ("region", Region) }.Where(f => f.Item2 is not null).Select(f => $"{f.Item1}={f.Item2}"));
}
