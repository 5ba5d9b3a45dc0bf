namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>
/// One finding of the validator. <see cref="Key"/> is the dotted path of the reference parser
/// (<c>maintenance.contacts[0].email</c>); <see cref="Code"/> names the message in PublicCodeText (<c>Issue.{Code}</c>);
/// <see cref="Message"/> is the worded text once <see cref="PublicCodeMessages.Localize"/> has run, the code before.
/// Line and column are 1-based; 0 when the finding has no place in the file.
/// </summary>
public sealed record Issue(string Key, string Code, int Line, int Column, IReadOnlyList<string> Args)
{
    public string Message { get; init; } = Code;
}

public sealed record ValidationReport(List<Issue> Errors, List<Issue> Warnings)
{
    public bool Valid => Errors.Count == 0;
}
