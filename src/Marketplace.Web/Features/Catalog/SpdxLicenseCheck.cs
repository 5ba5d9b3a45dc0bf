using System.Text.RegularExpressions;

namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// Interim: checks the shape of an SPDX expression (identifiers joined by AND, OR, WITH, in balanced parentheses)
/// until the full check against the SPDX license list arrives with the publiccode feature.
/// </summary>
internal sealed partial class SpdxLicenseCheck : ILicenseCheck
{
    public bool IsValid(string expression)
    {
        var depth = 0;
        var expectOperand = true;
        foreach (Match token in Token().Matches(expression))
        {
            var value = token.Value;
            switch (value)
            {
                case "(" when expectOperand:
                    depth++;
                    break;
                case ")" when !expectOperand && depth > 0:
                    depth--;
                    break;
                case "AND" or "OR" or "WITH" when !expectOperand:
                    expectOperand = true;
                    break;
                default:
                    if (!expectOperand || !Identifier().IsMatch(value))
                    {
                        return false;
                    }

                    expectOperand = false;
                    break;
            }
        }

        return !expectOperand && depth == 0 && Token().Matches(expression).Sum(m => m.Length) == expression.Count(c => !char.IsWhiteSpace(c));
    }

    [GeneratedRegex(@"\(|\)|[^\s()]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:LicenseRef-|DocumentRef-)?[A-Za-z0-9][A-Za-z0-9.\-]*\+?$")]
    private static partial Regex Identifier();
}
