using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Words a validator report in the request's language; the validator itself only names message codes.</summary>
public static class PublicCodeMessages
{
    public static ValidationReport Localize(this ValidationReport report, IStringLocalizer<PublicCodeText> text) =>
        new([.. report.Errors.Select(i => Localize(i, text))], [.. report.Warnings.Select(i => Localize(i, text))]);

    private static Issue Localize(Issue issue, IStringLocalizer<PublicCodeText> text)
    {
        var message = text["Issue." + issue.Code, [.. issue.Args]];
        return issue with { Message = message.ResourceNotFound ? issue.Code : message.Value };
    }
}
