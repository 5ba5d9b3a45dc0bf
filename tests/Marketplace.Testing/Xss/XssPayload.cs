namespace Marketplace.Testing.Xss;

/// <summary>
/// One hostile input from <see cref="XssCorpus"/>: a stable <see cref="Name"/> for test output, the family it belongs to,
/// and the Markdown a user would type.
/// </summary>
public sealed record XssPayload(string Name, string Category, string Markdown)
{
    public override string ToString() => Name;
}
